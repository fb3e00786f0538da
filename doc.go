// Package recovery models person-centered recovery planning for mental health
// and substance use.
package recovery

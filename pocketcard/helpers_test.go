package pocketcard_test

import "github.com/recoverykit/recovery/phi"

func phiWords(s string) phi.Words { return phi.Words(s) }
func phiName(s string) phi.Name   { return phi.Name(s) }
func phiPhone(s string) phi.Phone { return phi.Phone(s) }

package pocketcard_test

import (
	"fmt"

	"github.com/recoverykit/recovery/pocketcard"
	"github.com/recoverykit/recovery/recoverytest"
)

// The front of the overdose card, in Spanish: the numbers first.
func ExampleCards() {
	cards := pocketcard.Cards(recoverytest.Scenario(), &pocketcard.Options{Lang: "es-MX"})
	front := cards[0].Front
	fmt.Println(front.Title)
	for _, n := range front.Emergency {
		fmt.Println(front.EmergencyLabel, n.Phone, n.Tel)
	}
	for _, n := range front.People {
		fmt.Println(n.Label+":", n.Name, n.Tel)
	}
	// Output:
	// Mi plan para prevenir una sobredosis
	// Emergencia 911 tel:911
	// Emergencia 988 tel:988
	// Tiene naloxona: Alex (friend) tel:5550142
	// Hablar con: Jordan (peer specialist) tel:5550143
}

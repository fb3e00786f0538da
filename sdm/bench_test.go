package sdm_test

import (
	"testing"

	"github.com/recoverykit/recovery/sdm"
)

func BenchmarkValidate(b *testing.B) {
	r := complete()
	b.ReportAllocs()
	for b.Loop() {
		if err := r.Validate(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkValidateMeasures is BenchmarkValidate's record with a response to
// each instrument (eight responses): the cost of checking them.
func BenchmarkValidateMeasures(b *testing.B) {
	r := withMeasures()
	b.ReportAllocs()
	for b.Loop() {
		if err := r.Validate(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkQuality(b *testing.B) {
	r := complete()
	b.ReportAllocs()
	for b.Loop() {
		if q := r.Quality(); q.Points == 0 {
			b.Fatal("no points")
		}
	}
}

func BenchmarkHonorsChoice(b *testing.B) {
	r := complete()
	b.ReportAllocs()
	for b.Loop() {
		if !r.HonorsChoice() {
			b.Fatal("choice not honored")
		}
	}
}

func BenchmarkSDMQ9(b *testing.B) {
	items := []int{5, 4, 3, 5, 5, 4, 4, 5, 5}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := sdm.SDMQ9(items); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkOPTION5(b *testing.B) {
	items := []int{2, 1, 0, 3, 2}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := sdm.OPTION5(items); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDCS(b *testing.B) {
	items := []int{1, 0, 1, 2, 1, 1, 0, 1, 2, 2, 3, 2, 1, 1, 0, 1}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := sdm.DCS(items); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSURE(b *testing.B) {
	answers := [4]bool{true, true, false, true}
	b.ReportAllocs()
	for b.Loop() {
		if s, _ := sdm.SURE(answers); s != 3 {
			b.Fatal(s)
		}
	}
}

// BenchmarkCollaboRATE scores a clinic's 1,000 encounters, one in ten
// incomplete.
func BenchmarkCollaboRATE(b *testing.B) {
	encounters := make([][]int, 1000)
	for i := range encounters {
		encounters[i] = []int{9, i % 10, 9}
		if i%10 == 3 {
			encounters[i] = encounters[i][:2]
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		if r, err := sdm.CollaboRATE(encounters, nil); err != nil || r.N != 900 {
			b.Fatal(r, err)
		}
	}
}

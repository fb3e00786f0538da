package goals

import "slices"

// sortItemKeys sorts keys, which must list each goal's items together in
// step order (the goal's own due date last), into the order of
// itemKey.compare.
//
// When the due instants span less than 2^33 seconds (about 272 years), as
// they do in any real plan, it runs in linear time: a counting sort by
// timeline position, then a stable least-significant-digit radix sort on the
// instant, skipping the bytes every key shares. Otherwise, and for short
// inputs, it falls back to a comparison sort. Both give the same order.
func sortItemKeys(keys []itemKey, nGoals int) []itemKey {
	if len(keys) < 64 {
		slices.SortFunc(keys, itemKey.compare)
		return keys
	}
	minSec, maxSec := keys[0].sec, keys[0].sec
	for _, k := range keys[1:] {
		minSec = min(minSec, k.sec)
		maxSec = max(maxSec, k.sec)
	}
	if uint64(maxSec-minSec) >= 1<<33 || maxSec-minSec < 0 {
		slices.SortFunc(keys, itemKey.compare)
		return keys
	}

	// Counting sort by timeline position; stable, so each goal's items stay
	// in step order.
	buf := make([]itemKey, len(keys))
	start := make([]int, nGoals+1)
	for _, k := range keys {
		start[k.goal+1]++
	}
	for i := 1; i <= nGoals; i++ {
		start[i] += start[i-1]
	}
	for _, k := range keys {
		buf[start[k.goal]] = k
		start[k.goal]++
	}
	keys, buf = buf, keys

	// The instant as a 63-bit number: seconds since the earliest, then
	// nanoseconds (which fit in 30 bits).
	instant := func(k itemKey) uint64 { return uint64(k.sec-minSec)<<30 | uint64(k.nsec) }
	var count [256]int
	for shift := uint(0); shift < 64; shift += 8 {
		count = [256]int{}
		for _, k := range keys {
			count[byte(instant(k)>>shift)]++
		}
		if count[byte(instant(keys[0])>>shift)] == len(keys) {
			continue // every key shares this byte
		}
		pos := 0
		for i, c := range count {
			count[i] = pos
			pos += c
		}
		for _, k := range keys {
			b := byte(instant(k) >> shift)
			buf[count[b]] = k
			count[b]++
		}
		keys, buf = buf, keys
	}
	return keys
}

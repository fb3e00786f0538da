// Package cardpdf writes a person's pocket cards (package pocketcard) as a
// PDF to print or send: one page the size of a bank card (85.6 x 54 mm) per
// face, with the font embedded so the card prints the same anywhere.
//
// # The font and the scripts it covers
//
// The PDF is set in DejaVu Sans 2.37 (regular and bold), embedded in the
// module with its licence (fonts/LICENSE, the Bitstream Vera licence with the
// DejaVu changes in the public domain) and subset into each PDF. It covers
// the Latin script (with the accents of Western, Central and Eastern European
// languages, Turkish and Vietnamese), Greek and Cyrillic. The PDF writer,
// codeberg.org/go-pdf/fpdf, neither shapes nor reorders text, so Arabic, Hebrew
// and the Indic scripts are not supported here; the HTML card
// (pocketcard.HTML), laid out by the browser, is the card for them.
//
// # Why a package of its own
//
// The PDF writer and the 1.4 MB of font live here, apart from the plan's
// packages and from pocketcard's HTML, so that an app that only models plans,
// or only shows the HTML card, never links them.
package cardpdf

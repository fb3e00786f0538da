// Package wording checks what a team writes about a person (session and
// progress notes, decision evidence, suggestions) for deficit-based and
// stigmatizing wording, and names the person-first, recovery-oriented wording
// to use instead. It knows nothing of a recovery plan: the caller passes a
// text and says whose words it is.
//
//	flags := wording.Check(note, wording.WhoseTeam, &wording.Options{Language: "es"})
//	for _, f := range flags {
//		rule, _ := f.Rule.Rule("es")
//		fmt.Println(note[f.Start:f.End], "->", rule.Prefer, rule.Source)
//	}
//
// # Whose words
//
// Person-first guidance is for how a team writes about a person. A person
// describing themselves ("I'm Sam and I'm an alcoholic", "grateful recovering
// addict") is never flagged: [Check] flags nothing in a text whose is
// [WhosePerson]. In team text, words in quotation marks that quote the person
// ('Pt stated "I'm an addict and proud of my 2 years"') are theirs too: a
// quotation opened after a reporting verb ("stated", "said", "feels",
// "refiere") among the four words before it, after a colon, or whose first
// word is in the first person is left alone once it closes, and so are the
// person's words after a colon without quotation marks ("Pt stated: I'm an
// addict"), to the end of the sentence. Straight, curly and angle quotation
// marks count; an apostrophe inside a word ("Pt's", "doesn't") is not one. A
// quotation that never closes ends at the line break, and what was found in
// it stands.
//
// # How a rule reads
//
// A rule is a short pattern of words with the words around them as context,
// not a list of single words, so that ordinary English that shares a word
// does not fire. "clean" is flagged when it says a person is not using ("has
// been clean", "got clean", "clean time") or a test is negative ("clean UA",
// "UA: clean", "drug screen clean"), and not in "kept her apartment clean",
// "clean clothes", "clean and safe housing", "clean needles", "clean UA cups",
// "a clean driving record", "a clean and sober living house" or a mental
// status exam's "clean and well groomed". "abuse" is flagged for substances ("substance
// abuse", "abuses benzos", "abuso de sustancias") and never for harm done to
// a person ("child abuse", "domestic abuse", "abuso infantil"). "user" is
// flagged for a person who uses drugs ("meth user", "IV drug user") and not
// in "user account", "the app's users" or "wheelchair user"; "alcoholic" not
// in "non-alcoholic beer", "alcoholic beverages" or "alcoholic liver
// disease"; "admitted to" only for behaviour ("admitted to drinking"), not "admitted
// to detox"; "bipolar" only for a person ("she is bipolar"), not "bipolar II
// disorder"; "suffered" only with "from" ("suffered a fracture" is not
// flagged); "victim of" only with an illness ("victim of addiction", not "of
// a robbery"); "committed" only with "suicide"; "high" only as "getting high"
// (not "high marks", "high school", "high blood pressure"); "crazy" is not a
// rule ("crazy about her kids"), nor are "relapse", "refuses" and the acronym
// MAT.
//
// Names of mutual-aid groups and programs are never flagged: anything right
// before "Anonymous" or "Anónimos" (Alcoholics Anonymous, Narcotics
// Anonymous, Cocaine Anonymous, Alcohólicos Anónimos), Adult Children of
// Alcoholics, and names that hold no rule's words (Al-Anon, Nar-Anon, SMART
// Recovery, Celebrate Recovery, Clean Slate, a drunk driving prevention
// class). Neither are the agencies and screening instruments whose names hold
// such words: the Substance Abuse and Mental Health Services Administration,
// the National Institute on Drug Abuse, the National Institute on Alcohol
// Abuse and Alcoholism, the Drug Abuse Screening Test, the Substance Abuse
// Subtle Screening Inventory.
//
// Words are compared without regard to case or accents ("ALCOHOLICO" is
// "alcohólico"); a hyphen, an en dash, an em dash and a space between two
// words are alike, and so is no space at all where a rule says so
// ("non-compliant", "non–compliant", "non—compliant", "non compliant",
// "noncompliant"). A phrase never runs across other punctuation or a line
// break. A possessive is its word ("the addict's family" flags "addict").
// Where two rules match overlapping words, the match that starts first wins,
// then the longest; flags never overlap.
//
// Each flag covers the shortest passage that carries the problem: "tested
// dirty", "addict" in "a former addict", "abuser" in "alcohol abuser", "is
// bipolar", "a schizophrenic", "Urine was dirty".
//
// # Languages
//
// [Options].Language is a BCP 47 tag; its primary subtag chooses the rules:
// "es" (any region) reads Spanish, anything else, "" included, English. A
// Spanish rule renders the guidance of the source it names in Spanish usage
// ("dio sucio", "no cumple el tratamiento", "es esquizofrénico"); its
// preferred wording is Spanish.
//
// # Rules in English
//
// Each rule with its code, its source ([Source]) and an example a team might
// write; [Rules] gives the family and the wording to prefer.
//
//	addict               nida               "Mom is an addict; infant placed with grandmother."
//	slang-label          nida               "Pt is a known crackhead in the neighborhood."
//	alcoholic            nida               "He is an alcoholic and will need residential care."
//	drunk                nida               "Pt is a chronic drunk, BAL 0.21 on arrival."
//	abuser               nida               "Pt is a known alcohol abuser per PCP records."
//	user                 nida               "Intake: 29 y/o F, meth user, unhoused."
//	ex-offender          ondcp              "Ex-con, recently released from state prison."
//	ivdu                 nida               "IVDU w/ abscess L forearm, wound care consult placed."
//	mental-patient       camh               "Former mental patient at State Hospital 2009-2011."
//	psycho               camh               "Pt became psycho on the unit last night."
//	diagnosis-label      camh               "She is bipolar and off her meds since Dec."
//	mentally-ill         camh               "Pt is mentally ill and lives alone."
//	dirty-test           nida               "Clt tested dirty for fentanyl on 3/2."
//	clean-test           nida               "Clean UA today, first since intake."
//	clean-person         nida               "He has been clean for 45 days per self report."
//	dirty-person         ondcp              "Clt has been dirty since Friday, wants detox."
//	substance-abuse      nida               "Long history of substance abuse and prior treatment."
//	abuses               nida               "Pt abuses benzos obtained off the street."
//	non-compliant        clinical-notes     "Pt remains non-compliant with meds."
//	failed-treatment     clinical-notes     "Pt failed treatment at 3 prior programs."
//	in-denial            clinical-notes     "Pt is in denial about her alcohol use."
//	manipulative         clinical-notes     "Clt is very manipulative with staff."
//	drug-seeking         clinical-notes     "Presents to ED drug-seeking, requesting dilaudid by name."
//	attention-seeking    clinical-notes     "Behavior appears attention-seeking."
//	unmotivated          clinical-notes     "Client is unmotivated for change."
//	lacks-insight        clinical-notes     "Pt lacks insight into severity of drinking."
//	frequent-flyer       clinical-notes     "Known frequent flyer at County ED."
//	difficult-patient    clinical-notes     "Difficult patient, yells at front desk."
//	admits-to            clinical-notes     "Writer met w/ clt who admits to using meth over the weekend."
//	commit-suicide       camh               "Brother committed suicide in 2019."
//	suicide-outcome      camh               "Hx of failed suicide attempt by OD in 2021."
//	suffering-from       camh               "Client suffers from depression."
//	victim-of            camh               "He is a victim of addiction like his father."
//	habit                nida               "Pt's drug habit escalated after layoff."
//	born-addicted        nida               "Infant was born addicted to opioids per NICU records."
//	substitution-therapy nida               "Pt referred to opioid replacement therapy clinic."
//	relapser             ondcp              "Pt is a chronic relapser, 6th admission."
//	cutter               camh               "She's a meth addict and a cutter."
//	getting-high         aap-2022           "Pt was getting high in the bathroom on the unit."
//	drug-problem         addictionsurvivors "Pt has a drug problem per his sister."
//
// # Rules in Spanish
//
//	addict               nida               "Pcte. es un adicto con múltiples recaídas."
//	slang-label          nida               "Pcte conocido como yonqui en el barrio."
//	alcoholic            nida               "Es alcohólico desde hace 15 años según la esposa."
//	user                 nida               "Consumidor de cocaína desde los 20 años."
//	ex-offender          ondcp              "Exconvicto, salió de prisión hace un mes."
//	mental-patient       camh               "Es un enfermo mental sin red de apoyo."
//	diagnosis-label      camh               "Es esquizofrénico y no toma la medicación."
//	dirty-test           nida               "Dio sucio para cocaína el 2/3."
//	clean-test           nida               "Prueba limpia hoy, primera desde el ingreso."
//	clean-person         nida               "Lleva limpio 60 días según refiere."
//	dirty-person         ondcp              "Está sucio desde el viernes."
//	substance-abuse      nida               "Antecedentes de abuso de sustancias desde los 14 años."
//	abuses               nida               "El paciente abusa de las benzodiacepinas."
//	non-compliant        clinical-notes     "Paciente incumplidor, faltó a 3 citas este mes."
//	in-denial            clinical-notes     "Está en negación respecto a su consumo."
//	manipulative         clinical-notes     "Pcte manipuladora con el personal."
//	unmotivated          clinical-notes     "Paciente desmotivado para el cambio."
//	lacks-insight        clinical-notes     "Paciente sin conciencia de enfermedad."
//	commit-suicide       camh               "Su hermano cometió suicidio en 2020."
//	suicide-outcome      camh               "Intento fallido de suicidio en 2019 por sobredosis."
//	suffering-from       camh               "Sufre de depresión mayor desde el divorcio."
//	victim-of            camh               "Víctima de la adicción como su padre."
//	habit                nida               "Mantiene su vicio con pequeños robos."
//	born-addicted        nida               "Bebé adicto a opioides, en neonatos."
//
// # Offsets
//
// A [Flag] holds byte offsets into the checked text and no text, so it is
// safe to log. For a host whose user interface is JavaScript (or Java, or
// .NET), [UTF16Spans] converts the offsets of all flags to UTF-16 code units
// in one pass.
//
// # Evaluation and speed
//
// The rules are measured on sets of team-written and person-written sentences
// in testdata/eval, in English and Spanish, half of which must not fire; the
// tests report accuracy per family and fail below 95%, and every rule listed
// above is exercised by them. Check reads a text once, in time linear in its
// length: a first pass classifies 64 bytes at a time into bits and tests each
// word against the words a rule can start from, by its first and last letters
// and its length and then by a hash, and only around such a word are the
// words looked up, in a perfect hash of the vocabulary built when the package
// loads over the same hash, and the rules tried: those whose word before the
// start word is the one in the text, and the others only when the words next
// to it may fit one of them. Check allocates nothing when it finds nothing,
// and otherwise only to hold the flags it returns; [AppendCheck] appends
// them to a buffer of the caller's instead, which a caller that checks text
// as it is typed can reuse. BenchmarkCheckVsFloor measures both against one
// pass over the same bytes with a 256-entry table.
package wording

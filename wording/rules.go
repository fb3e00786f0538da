package wording

// Code is the stable code of a rule of [Check], as in [Flag].Rule.
//
// The zero value is not a valid Code. Code is a string and is safe for
// concurrent use.
type Code string

// The rule codes. The package doc lists each rule with an example and its
// source; [Code.Rule] gives the rule itself.
const (
	// Identity labels.

	CodeAddict        Code = "addict"
	CodeSlangLabel    Code = "slang-label"
	CodeAlcoholic     Code = "alcoholic"
	CodeDrunk         Code = "drunk"
	CodeAbuser        Code = "abuser"
	CodeUser          Code = "user"
	CodeExOffender    Code = "ex-offender"
	CodeIVDU          Code = "ivdu"
	CodeMentalPatient Code = "mental-patient"
	CodePsycho        Code = "psycho"

	// A person reduced to a diagnosis.

	CodeDiagnosisLabel Code = "diagnosis-label"
	CodeMentallyIll    Code = "mentally-ill"

	// Clean and dirty.

	CodeDirtyTest   Code = "dirty-test"
	CodeCleanTest   Code = "clean-test"
	CodeCleanPerson Code = "clean-person"
	CodeDirtyPerson Code = "dirty-person"

	// Abuse.

	CodeSubstanceAbuse Code = "substance-abuse"
	CodeAbuses         Code = "abuses"

	// Blame.

	CodeNonCompliant     Code = "non-compliant"
	CodeFailedTreatment  Code = "failed-treatment"
	CodeInDenial         Code = "in-denial"
	CodeManipulative     Code = "manipulative"
	CodeDrugSeeking      Code = "drug-seeking"
	CodeAttentionSeeking Code = "attention-seeking"
	CodeUnmotivated      Code = "unmotivated"
	CodeLacksInsight     Code = "lacks-insight"
	CodeFrequentFlyer    Code = "frequent-flyer"
	CodeDifficultPatient Code = "difficult-patient"
	CodeAdmitsTo         Code = "admits-to"

	// Suicide.

	CodeCommitSuicide  Code = "commit-suicide"
	CodeSuicideOutcome Code = "suicide-outcome"

	// Suffering.

	CodeSufferingFrom Code = "suffering-from"
	CodeVictimOf      Code = "victim-of"

	// Habit.

	CodeHabit Code = "habit"

	// Other wording a guide names.

	CodeBornAddicted        Code = "born-addicted"
	CodeSubstitutionTherapy Code = "substitution-therapy"
	CodeRelapser            Code = "relapser"
	CodeCutter              Code = "cutter"
	CodeGettingHigh         Code = "getting-high"
	CodeDrugProblem         Code = "drug-problem"
)

// ruleRow is one row of the rule table: a code with its family and source,
// and per language the wording to prefer, an example and the patterns.
//
// A pattern is a list of elements separated by spaces, matched against
// consecutive words of one phrase (words joined by spaces or one dash, never
// by other punctuation or a line break):
//
//	word|word2    one of these words (case, accents and hyphens do not count;
//	              "a{,s}" is "a|as")
//	@class        a word of the language's class
//	~ing          a word ending in -ing that is not a noun in @noting
//	x?            x or nothing
//	!x            a leading !x: the word before the match is not x; a
//	              trailing one: the word after it is not x
//	[ ]           the flagged span (everything outside is context)
//	:x            x, which may follow a colon ("UA: clean")
//	( )           the span is in brackets: "(dirty)"
//
// A row with no code protects a name: the words it matches are never
// flagged ("Adult Children of Alcoholics").
type ruleRow struct {
	code   Code
	family Family
	source Source
	en, es lang
}

// lang is one language's part of a rule row.
type lang struct {
	prefer, example string
	patterns        []string
}

// ruleTable is the table behind Check. The sources: NIDA "Words Matter", AAP
// 2022 Table 1, CAMH "Words Matter", ONDCP "Changing the Language", and the
// research on stigmatizing language in clinical notes.
var ruleTable = []ruleRow{
	// Identity labels: a person named by a substance or a label (NIDA; AAP
	// Table 1; CAMH).
	{CodeAddict, FamilyIdentityLabel, SourceNIDA,
		lang{"person with a substance use disorder; person who uses drugs; person in recovery",
			"Mom is an addict; infant placed with grandmother.",
			[]string{"!@idiom [addict{,s}]"}},
		lang{"persona con un trastorno por consumo de sustancias",
			"Pcte. es un adicto con múltiples recaídas.",
			[]string{"[adict{o,a,os,as}|drogadict{o,a,os,as}|toxicóman{o,a,os,as}]"}}},
	{CodeSlangLabel, FamilyIdentityLabel, SourceNIDA,
		lang{"person who uses drugs; person with a substance use disorder",
			"Pt is a known crackhead in the neighborhood.",
			[]string{"!@idiom [junkie{,s}|junky|crackhead{,s}|pothead{,s}|methhead{,s}|tweaker{,s}|druggie{,s}|druggy|dopefiend{,s}|stoner{,s}|wino{,s}]",
				"[crack|meth|pot head{,s}] !injury|trauma|wound|lice|start",
				"[dope fiend{,s}]"}},
		lang{"persona que usa drogas",
			"Pcte conocido como yonqui en el barrio.",
			[]string{"[yonqui{,s}|yonki{,s}|drogata{,s}]"}}},
	{CodeAlcoholic, FamilyIdentityLabel, SourceNIDA,
		lang{"person with alcohol use disorder",
			"He is an alcoholic and will need residential care.",
			[]string{"!non [alcoholic{,s}] !@alcnoun"}},
		lang{"persona con un trastorno por consumo de alcohol",
			"Es alcohólico desde hace 15 años según la esposa.",
			[]string{"!bebida{,s}|@alcmed [alcohólic{o,a,os,as}]"}}},
	{CodeDrunk, FamilyIdentityLabel, SourceNIDA,
		lang{"person with alcohol use disorder; person who misuses alcohol",
			"Pt is a chronic drunk, BAL 0.21 on arrival.",
			[]string{"@drunkdet [drunk] !driving|driver{,s}|dial|tank", "[drunks]"}},
		lang{}},
	{CodeAbuser, FamilyIdentityLabel, SourceNIDA,
		lang{"person with a substance use disorder; person who uses drugs",
			"Pt is a known alcohol abuser per PCP records.",
			[]string{"@substance [abuser{,s}]"}},
		lang{}},
	{CodeUser, FamilyIdentityLabel, SourceNIDA,
		lang{"person who uses drugs; person who injects drugs",
			"Intake: 29 y/o F, meth user, unhoused.",
			[]string{"@substance|@usemod [user{,s}] !@itnoun !of",
				"[user{,s}] of @det? @substance",
				"all|other|fellow [users] !of",
				"is|was|are|were a|an? [user{,s}] !of !@itnoun"}},
		lang{"persona que consume drogas",
			"Consumidor de cocaína desde los 20 años.",
			[]string{"[consumidor{,a,es,as}] de|del @det? @substance"}}},
	{CodeExOffender, FamilyIdentityLabel, SourceONDCP,
		lang{"person who was incarcerated; person returning from incarceration",
			"Ex-con, recently released from state prison.",
			[]string{"[excon{,s}|exconvict{,s}|exoffender{,s}|exfelon{,s}|exinmate{,s}]",
				"[ex con{,s}|convict{,s}|offender{,s}|felon{,s}|inmate{,s}]",
				"[felon{,s}]"}},
		lang{"persona que estuvo en prisión",
			"Exconvicto, salió de prisión hace un mes.",
			[]string{"[exconvict{o,a,os,as}|expresidiari{o,a,os,as}|exreclus{o,a,os,as}]",
				"[ex convict{o,a,os,as}|presidiari{o,a,os,as}|reclus{o,a,os,as}]"}}},
	{CodeIVDU, FamilyIdentityLabel, SourceNIDA,
		lang{"person who injects drugs (PWID)",
			"IVDU w/ abscess L forearm, wound care consult placed.",
			[]string{"[ivdu{,s}|ivda{,s}]"}},
		lang{}},
	{CodeMentalPatient, FamilyIdentityLabel, SourceCAMH,
		lang{"person who received mental health care",
			"Former mental patient at State Hospital 2009-2011.",
			[]string{"[mental patient{,s}|case{,s}]"}},
		lang{"persona que recibe atención en salud mental",
			"Es un enfermo mental sin red de apoyo.",
			[]string{"[enferm{o,a,os,as} mental{,es}]"}}},
	{CodePsycho, FamilyIdentityLabel, SourceCAMH,
		lang{"describe the experience (for example: distressed, experiencing psychosis)",
			"Pt became psycho on the unit last night.",
			[]string{"[psycho{,s}|schizo{,s}|lunatic{,s}|nutcase{,s}]"}},
		lang{}},

	// A person reduced to a diagnosis (CAMH "Words Matter").
	{CodeDiagnosisLabel, FamilyDiagnosisAsIdentity, SourceCAMH,
		lang{"person who has (is living with) schizophrenia, bipolar disorder, ...",
			"She is bipolar and off her meds since Dec.",
			[]string{"!@dxsubj [@cop bipolar|schizophrenic|borderline|adhd|ocd|anorexic|bulimic] !@dxfollow",
				"[a|an|the schizophrenic|borderline|bipolar|anorexic|bulimic] !@dxfollow",
				"[schizophrenics]"}},
		lang{"persona que tiene (vive con) esquizofrenia, trastorno bipolar, ...",
			"Es esquizofrénico y no toma la medicación.",
			[]string{"!@dxsubj [@cop esquizofrénic{o,a,os,as}|bipolar{,es}|borderline|limítrofe] !@dxfollow",
				"[un|una|el|la|los|las esquizofrénic{o,a,os,as}|bipolar{,es}] !@dxfollow"}}},
	{CodeMentallyIll, FamilyDiagnosisAsIdentity, SourceCAMH,
		lang{"person living with a mental illness",
			"Pt is mentally ill and lives alone.",
			[]string{"[@cop mentally ill]", "[the mentally ill]"}},
		lang{}},

	// Clean and dirty (NIDA; ONDCP).
	{CodeDirtyTest, FamilyToxicology, SourceNIDA,
		lang{"testing positive; positive result",
			"Clt tested dirty for fentanyl on 3/2.",
			[]string{"[dirty @testmod? @testnoun] !@container",
				"[@testmod? @testnoun :dirty]",
				"[@testmod? @testnoun @tcop dirty]",
				"[@testmod? @testnoun came|comes|come back|out dirty]",
				"[@testmod? @testnoun has|have been dirty]",
				"[@testmod? @testnoun came|comes|come up dirty]",
				"[tested|tests|test|testing|screened dirty]",
				"[came|comes|come back dirty]",
				"( [dirty] )"}},
		lang{"dio positivo; resultado positivo",
			"Dio sucio para cocaína el 2/3.",
			[]string{"[@testnoun suci{o,a,os,as}]",
				"[@testnoun @tcop suci{o,a,os,as}]",
				"[@tverb suci{o,a,os,as}]",
				"( [suci{o,a,os,as}] )"}}},
	{CodeCleanTest, FamilyToxicology, SourceNIDA,
		lang{"testing negative; negative result",
			"Clean UA today, first since intake.",
			[]string{"[clean @testmod? @testnoun] !@container",
				"[@testmod? @testnoun :clean]",
				"[@testmod? @testnoun @tcop clean]",
				"[@testmod? @testnoun came|comes|come back|out clean]",
				"[@testmod? @testnoun has|have been clean]",
				"[@testmod? @testnoun came|comes|come up clean]",
				"[tested|tests|test|testing|screened clean]",
				"[came|comes|come back clean]",
				"( [clean] )"}},
		lang{"dio negativo; resultado negativo",
			"Prueba limpia hoy, primera desde el ingreso.",
			[]string{"[@testnoun limpi{o,a,os,as}]",
				"[@testnoun @tcop limpi{o,a,os,as}]",
				"[@tverb limpi{o,a,os,as}]",
				"( [limpi{o,a,os,as}] )"}}},
	{CodeCleanPerson, FamilyCleanPerson, SourceNIDA,
		lang{"in recovery; in remission; not currently using; abstinent",
			"He has been clean for 45 days per self report.",
			[]string{"!@thing|@testnoun [@cop clean] !@thing|@testnoun|@testmod|@groomed !and+@groomed",
				"!@thing|@testnoun [@cop now|still clean] !@thing|@testnoun|@testmod|@groomed !and+@groomed",
				"!@thing|@testnoun [has|have|had|he's|she's|who's|pt's|clt's been clean] !@thing|@testnoun|@testmod|@groomed !and+@groomed",
				"[clean time|date]", "[clean and sober] !@soberplace",
				"@duration [clean] !@thing|@testnoun|@testmod",
				"!@thing|@testnoun|@cop|been|@duration [clean] since",
				"!@thing|@testnoun|@cop|been|@duration [clean] for ~num|a|an|over|almost|nearly|about|several|one|two|three|four|five|six|seven|eight|nine|ten|twelve"}},
		lang{"en recuperación; sin consumo; en abstinencia",
			"Lleva limpio 60 días según refiere.",
			[]string{"!@thing|@testnoun [@cop limpi{o,a,os,as}] !@thing",
				"[mantiene limpi{o,a,os,as}] !@det|@thing",
				"@duration [limpi{o,a,os,as}]"}}},
	{CodeDirtyPerson, FamilyCleanPerson, SourceONDCP,
		lang{"actively using; using again",
			"Clt has been dirty since Friday, wants detox.",
			[]string{"!@thing|@testnoun [@cop dirty] !@thing|@testnoun|@testmod|@groomed|from !and+@groomed",
				"!@thing|@testnoun [has|have|had|he's|she's|who's|pt's|clt's been dirty] !@thing|@testnoun|@testmod|@groomed !and+@groomed"}},
		lang{"consumiendo; volvió a consumir",
			"Está sucio desde el viernes.",
			[]string{"!@thing|@testnoun [@cop suci{o,a,os,as}] !@thing"}}},

	// Abuse (NIDA; AAP Table 1). Abuse done to a person is not flagged.
	{CodeSubstanceAbuse, FamilyAbuse, SourceNIDA,
		lang{"substance use; misuse; substance use disorder when it is a diagnosis",
			"Long history of substance abuse and prior treatment.",
			[]string{"[@substance abuse]", "[abuse of] @det? @substance"}},
		lang{"consumo de sustancias; trastorno por consumo cuando es un diagnóstico",
			"Antecedentes de abuso de sustancias desde los 14 años.",
			[]string{"[abuso{,s} de|del @det? @substance]"}}},
	{CodeAbuses, FamilyAbuse, SourceNIDA,
		lang{"uses; misuses; takes other than prescribed",
			"Pt abuses benzos obtained off the street.",
			[]string{"[abuse{,s,d}|abusing] @det? @det? @substance"}},
		lang{"consume; usa de forma no indicada",
			"El paciente abusa de las benzodiacepinas.",
			[]string{"[abus{a,an,aba,aban,ó,aron,ar,ando} de|del] @det? @substance"}}},

	// Blame (clinical-note stigma research; AAP Table 1 for "non-compliant").
	{CodeNonCompliant, FamilyBlame, SourceClinicalNotes,
		lang{"chooses not to; has concerns about; has not taken the medication as prescribed",
			"Pt remains non-compliant with meds.",
			[]string{"[noncompliant|noncompliance|nonadherent|nonadherence]",
				"[non compliant|compliance|adherent|adherence]",
				"!@thing [not compliant|adherent]"}},
		lang{"decide no tomar; tiene dudas sobre; no ha tomado la medicación como se le indicó",
			"Paciente incumplidor, faltó a 3 citas este mes.",
			[]string{"[incumplidor{,a,es,as}]",
				"[no cumple|cumplía|cumplió con? @det? @txnoun]",
				"[no adherente{,s}]"}}},
	{CodeFailedTreatment, FamilyBlame, SourceClinicalNotes,
		lang{"the treatment did not work for the person; returned to use after treatment",
			"Pt failed treatment at 3 prior programs.",
			[]string{"[failed @det? @txnoun]", "[treatment failure{,s}]"}},
		lang{}},
	{CodeInDenial, FamilyBlame, SourceClinicalNotes,
		lang{"is not ready to talk about; sees it differently; ambivalent",
			"Pt is in denial about her alcohol use.",
			[]string{"[in denial] !status|letter{,s}|rate{,s}|code{,s}"}},
		lang{"no está listo para hablar de ello; lo ve de otra manera",
			"Está en negación respecto a su consumo.",
			[]string{"[en negación]"}}},
	{CodeManipulative, FamilyBlame, SourceClinicalNotes,
		lang{"describe what the person asked for and the need behind it",
			"Clt is very manipulative with staff.",
			[]string{"[manipulative|manipulating|manipulates]"}},
		lang{"describir lo que la persona pidió y la necesidad detrás",
			"Pcte manipuladora con el personal.",
			[]string{"[manipulador{,a,es,as}]"}}},
	{CodeDrugSeeking, FamilyBlame, SourceClinicalNotes,
		lang{"requesting pain relief; asking for a medication by name",
			"Presents to ED drug-seeking, requesting dilaudid by name.",
			[]string{"[drugseeking|medseeking|medsseeking|medicationseeking|narcoticseeking|opioidseeking|pillseeking|benzoseeking]",
				"[drug|med|meds|medication|narcotic{,s}|opioid{,s}|pill|benzo seeking]",
				"[drugseeker{,s}]", "[drug seeker{,s}]"}},
		lang{}},
	{CodeAttentionSeeking, FamilyBlame, SourceClinicalNotes,
		lang{"seeking connection or support",
			"Behavior appears attention-seeking.",
			[]string{"[attentionseeking|attentionseeker{,s}]", "[attention seeking|seeker{,s}]"}},
		lang{}},
	{CodeUnmotivated, FamilyBlame, SourceClinicalNotes,
		lang{"not ready yet; has other priorities now; ambivalent about change",
			"Client is unmotivated for change.",
			[]string{"[unmotivated]", "[not|poorly motivated]", "[lacks|lacking|lack motivation]"}},
		lang{"todavía no está listo; tiene otras prioridades ahora",
			"Paciente desmotivado para el cambio.",
			[]string{"[desmotivad{o,a,os,as}]"}}},
	{CodeLacksInsight, FamilyBlame, SourceClinicalNotes,
		lang{"sees it differently; describe the person's own view",
			"Pt lacks insight into severity of drinking.",
			[]string{"[lacks|lacking|lack insight]", "[lack of insight]", "[no|zero insight] into"}},
		lang{"lo ve de otra manera; describir cómo lo ve la persona",
			"Paciente sin conciencia de enfermedad.",
			[]string{"[sin conciencia de enfermedad]", "[no tiene conciencia de enfermedad]", "[falta de conciencia de enfermedad]"}}},
	{CodeFrequentFlyer, FamilyBlame, SourceClinicalNotes,
		lang{"person with frequent visits",
			"Known frequent flyer at County ED.",
			[]string{"[frequent flyer{,s}|flier{,s}] !miles|program{,s}|card{,s}|number{,s}"}},
		lang{}},
	{CodeDifficultPatient, FamilyBlame, SourceClinicalNotes,
		lang{"describe the situation and the person's concerns",
			"Difficult patient, yells at front desk.",
			[]string{"[difficult patient{,s}|client{,s}|pt{,s}]"}},
		lang{}},
	{CodeAdmitsTo, FamilyBlame, SourceClinicalNotes,
		lang{"reports; says",
			"Writer met w/ clt who admits to using meth over the weekend.",
			[]string{"[admit{,s,ted,ting} to] ~ing|use|relapse|relapsing",
				"[admit{s,ted,ting}] ~ing"}},
		lang{}},

	// Suicide (CAMH "Words Matter").
	{CodeCommitSuicide, FamilySuicide, SourceCAMH,
		lang{"died by suicide; death by suicide",
			"Brother committed suicide in 2019.",
			[]string{"[commit{,s,ted,ting} suicide]"}},
		lang{"murió por suicidio; muerte por suicidio",
			"Su hermano cometió suicidio en 2020.",
			[]string{"[comet{ió,e,en,er,ieron,ido} suicidio]"}}},
	{CodeSuicideOutcome, FamilySuicide, SourceCAMH,
		lang{"died by suicide; survived a suicide attempt",
			"Hx of failed suicide attempt by OD in 2021.",
			[]string{"[successful|unsuccessful|completed|failed suicide] !@screen",
				"[successful|unsuccessful|completed|failed suicide attempt{,s}]",
				"[failed|unsuccessful attempt{,s} at suicide]"}},
		lang{"murió por suicidio; sobrevivió a un intento de suicidio",
			"Intento fallido de suicidio en 2019 por sobredosis.",
			[]string{"[intento{,s} fallido{,s} de suicidio]",
				"[intento{,s} de suicidio fallido{,s}]",
				"[suicidio{,s} consumado{,s}|exitoso{,s}|logrado{,s}]"}}},

	// Suffering (CAMH "Words Matter").
	{CodeSufferingFrom, FamilySuffering, SourceCAMH,
		lang{"living with; experiencing; has",
			"Client suffers from depression.",
			[]string{"[suffer{,s,ed,ing} from]", "[afflicted|stricken with|by]",
				"[suffer{,s,ed,ing} with] @det? @illness",
				"[struggling|struggles|struggled|struggle with] @det? @illness"}},
		lang{"vive con; tiene",
			"Sufre de depresión mayor desde el divorcio.",
			[]string{"[sufr{e,en,ía,ían,ió,ir,iendo}|padec{e,en,ía,ían,ió,er,iendo} de]",
				"[sufr{e,en,ía,ían,ió}|padec{e,en,ía,ían,ió}] @det? @illness"}}},
	{CodeVictimOf, FamilySuffering, SourceCAMH,
		lang{"living with; experiencing; has",
			"He is a victim of addiction like his father.",
			[]string{"[victim{,s} of] @det? @illness"}},
		lang{"vive con; tiene",
			"Víctima de la adicción como su padre.",
			[]string{"[víctima{,s} de|del] @det? @illness"}}},

	// Habit (NIDA; AAP Table 1).
	{CodeHabit, FamilyHabit, SourceNIDA,
		lang{"substance use disorder; substance use",
			"Pt's drug habit escalated after layoff.",
			[]string{"[@substance habit{,s}]", "[his|her|their|pt's|clt's habit] !of"}},
		lang{"trastorno por consumo de sustancias; consumo",
			"Mantiene su vicio con pequeños robos.",
			[]string{"[su|sus|el|este|ese vicio{,s}]", "[vicio{,s}]"}}},

	// Other wording the guides name.
	{CodeBornAddicted, FamilyOther, SourceNIDA,
		lang{"newborn exposed to substances; baby with neonatal opioid withdrawal syndrome",
			"Infant was born addicted to opioids per NICU records.",
			[]string{"[born addicted]", "[addicted baby|babies|newborn{,s}|infant{,s}]", "[crack|meth|heroin|drug|oxy|cocaine baby|babies]"}},
		lang{"recién nacido expuesto a sustancias; con síndrome de abstinencia neonatal",
			"Bebé adicto a opioides, en neonatos.",
			[]string{"[bebé{,s} adict{o,a,os,as}]", "[recién nacid{o,a,os,as} adict{o,a,os,as}]", "[nació adict{o,a}]"}}},
	{CodeSubstitutionTherapy, FamilyOther, SourceNIDA,
		lang{"opioid agonist therapy; medication for opioid use disorder (MOUD)",
			"Pt referred to opioid replacement therapy clinic.",
			[]string{"[opioid|opiate|drug substitution|replacement therapy|treatment|tx]"}},
		lang{}},
	{CodeRelapser, FamilyOther, SourceONDCP,
		lang{"person who returned to use",
			"Pt is a chronic relapser, 6th admission.",
			[]string{"[relapser{,s}]"}},
		lang{}},
	{CodeCutter, FamilyOther, SourceCAMH,
		lang{"person who self-harms; person who has harmed themselves",
			"She's a meth addict and a cutter.",
			[]string{"a|an|the|is|known|chronic [cutter{,s}]"}},
		lang{}},
	{CodeGettingHigh, FamilyOther, SourceAAP,
		lang{"using; intoxicated; in withdrawal",
			"Pt was getting high in the bathroom on the unit.",
			[]string{"[getting|get|gets|got high] !@highfollow", "[strung out]"}},
		lang{}},
	{CodeDrugProblem, FamilyOther, SourceAddictionSurvivors,
		lang{"substance use disorder; drug-related problems",
			"Pt has a drug problem per his sister.",
			[]string{"[drug problem{,s}]"}},
		lang{}},

	// Names that are never flagged.
	{"", "", "",
		lang{patterns: []string{"[adult? children of alcoholics]",
			"[substance abuse and mental health services administration]",
			"[national institute on drug abuse]", "[national institute on alcohol abuse and alcoholism]",
			"[drug abuse screening test]", "[substance abuse subtle screening inventory]",
			"[substance abuse professional{,s}]"}},
		lang{patterns: []string{"[hijos adultos? de alcohólicos]"}}},
}

// classes are the word classes of each language's patterns.
var classes = [numLangs]map[string]string{
	langEnglish: {
		// Substances and their routes.
		"substance": "substance{,s} drug{,s} alcohol etoh opioid{,s} opiate{,s} cocaine crack meth methamphetamine{,s} " +
			"heroin cannabis marijuana weed benzo{,s} benzodiazepine{,s} prescription pill{,s} narcotic{,s} " +
			"polysubstance stimulant{,s} amphetamine{,s} fentanyl inhalant{,s} ketamine pcp oxy oxycodone medication{,s} med{,s} script{,s} " +
			"xanax percocet{,s} ecstasy mdma lsd hallucinogen{,s} sedative{,s} painkiller{,s} cocaine iv",
		"usemod":   "iv intravenous injection needle active heavy chronic daily regular recreational",
		"itnoun":   "account{,s} interface{,s} name{,s} id{,s} profile{,s} guide{,s} manual{,s} experience agreement{,s} login{,s} password{,s} portal fee{,s} base",
		"det":      "a an the his her their its my your our this that these those some any prescribed street illicit other multiple various more prior previous several",
		"alcnoun":  "beverage{,s} drink{,s} beer{,s} wine{,s} liquor{,s} spirits content hepatitis cirrhosis liver cardiomyopathy neuropathy ketoacidosis pancreatitis hallucinosis dementia gastritis myopathy fatty steatohepatitis",
		"drunkdet": "a the chronic old town known functional functioning mean angry violent another sloppy",
		"cop":      "is was are were be being remains remain remained stays stay stayed staying got get gets getting he's she's they're who's pt's clt's",
		"dxsubj":   "dx diagnosis diagnoses impression ddx disorder it that this bp score scores result results level levels iq reading",
		"dxfollow": "disorder{,s} i ii 1 2 type{,s} depression depressive spectrum affective disease features trait{,s} personality pd bpd illness dx diagnosis " +
			"episode{,s} symptom{,s} sx reaction high low range normal elevated intellectual iq functioning case result{,s} value{,s} score{,s} " +
			"diabetes hypertension htn anemia cholesterol mood",
		"testnoun":  "drop{,s} ua{,s} urine{,s} uds urinalysis screen{,s} test{,s} tox toxicology specimen{,s} sample{,s} result{,s} pee lab{,s} utox",
		"testmod":   "drug tox urine urinary toxicology ua uds lab{,s} test{,s}",
		"tcop":      "was is were are returned remains remained still",
		"container": "cup{,s} container{,s} kit{,s} bottle{,s} collection supplies bag{,s} room",
		"thing": "apartment{,s} apt room{,s} house{,s} home{,s} unit place kitchen bathroom{,s} housing area space clothes clothing car record{,s} " +
			"needle{,s} syringe{,s} supplies equipment sheet{,s} towel{,s} linen{,s} it that this everything yard shelter bed{,s} floor{,s} " +
			"environment water dish{,es} laundry fridge counter{,s} hands building bldg residence cup{,s} works kit{,s} bill slate driving " +
			"break sweep hygiene bedroom{,s} space{,s} vehicle air",
		"duration":   "day{,s} week{,s} month{,s} year{,s} mo mos yr{,s} wk{,s} hour{,s} hr{,s}",
		"idiom":      "adrenaline news gym fitness exercise sugar coffee caffeine chocolate political history data sports information tv",
		"groomed":    "well groomed wellgroomed neat neatly dressed shaven cleanshaven kempt tidy appropriately casually appropriate hygiene attire clothed bathed showered odor odour malodorous disheveled unkempt",
		"soberplace": "living house{,s} home{,s} housing residence{,s} facility environment community event{,s} dance{,s}",
		"txnoun":     "treatment{,s} tx rehab{,s} detox{,es} iop program{,s} outpatient inpatient residential",
		"illness":    "addiction{,s} alcoholism schizophrenia depression bipolar anxiety psychosis mental illness{,es} disease ptsd ocd substance{,s} drug{,s} alcohol opioid{,s} heroin meth cocaine",
		"screen":     "screening screen{,s} assessment{,s} risk prevention training eval evaluation plan planning protocol inventory questionnaire scale safety check{,s} hotline education class{,es} course{,s}",
		"highfollow": "mark{,s} grade{,s} score{,s} praise rating{,s} blood level{,s} school dose{,s} five{,s} fever{,s} hopes",
		"noting":     "nursing housing building living boarding morning evening training spring king during ring thing anything something nothing everything ceiling sibling wedding bring",
		"anon":       "anonymous",
		"report": "said says say stated states stating reported reports reporting shared shares sharing feels felt described describes " +
			"calls called told tells wrote writes added adds explained explains expressed expresses asked asks replied replies saying quote quoted",
		"firstperson": "i i'm im i've ive i'll i'd my me we we're myself",
		"speaker":     "pt clt client patient individual resident member person",
	},
	langSpanish: {
		"substance": "sustancia{,s} droga{,s} alcohol opioide{,s} opiáceo{,s} cocaína crack metanfetamina{,s} heroína cannabis marihuana " +
			"benzodiacepina{,s} benzos pastilla{,s} fármaco{,s} medicamento{,s} psicofármaco{,s} estimulante{,s} anfetamina{,s} fentanilo " +
			"inhalante{,s} ketamina tóxico{,s}",
		"det":      "el la los las un una unos unas su sus lo este esta estos estas ese esa",
		"alcmed":   "hepatitis cirrosis hepatopatía intoxicación consumo contenido graduación miocardiopatía pancreatitis polineuropatía esteatosis síndrome",
		"cop":      "es era son eres está esta estaba están estar sigue seguía siguen lleva llevaba llevan permanece continúa continua fue",
		"dxsubj":   "diagnóstico dx impresión trastorno tipo",
		"dxfollow": "tipo i ii 1 2 trastorno",
		"testnoun": "orina{,s} prueba{,s} análisis analítica{,s} control{,es} test tóxicos muestra{,s} resultado{,s} urinoanálisis",
		"tcop":     "salió salio sale dio da resultó resulta está estaba fue",
		"tverb":    "dio dieron da dan salió salieron sale resultó resulta",
		"thing": "casa{,s} habitación cuarto piso cocina baño ropa vivienda lugar aguja{,s} jeringa{,s} material sábana{,s} toalla{,s} " +
			"plato{,s} vajilla cama espacio zona entorno todo",
		"duration":    "día{,s} semana{,s} mes{,es} año{,s}",
		"txnoun":      "tratamiento{,s} medicación tto pauta{,s} indicaciones terapia cita{,s} control{,es} plan",
		"illness":     "adicción{,es} alcoholismo esquizofrenia depresión bipolar ansiedad psicosis enfermedad{,es} trastorno droga{,s} alcohol",
		"anon":        "anónimos anónimas anonimos",
		"report":      "dice dijo refiere refirió comenta comentó expresa expresó manifiesta manifestó afirma afirmó cuenta contó relata relató escribe escribió",
		"firstperson": "yo soy estoy fui llevo tengo mi mis me",
		"speaker":     "paciente pcte pte usuario usuaria persona",
		"noting":      "",
		"screen":      "",
		"container":   "",
	},
}

"""Taxonomy and word lists for content-warning detection.

Everything the detector knows is here, as data: the 18 categories and their
plain-language names, the term patterns with the category and base severity they
signal, the figurative idioms masked before matching, and the cue words that
negate, suspend (hypotheticals), soften (allusions) or sharpen (detail,
dwelling, intensifiers) a match. Patterns are regular expressions over the
lower-cased sentence; ``\\b`` is added around each one.

The lists are our own, written for this project (no third-party lexicon was
copied); nothing is downloaded or loaded at run time.
"""

from __future__ import annotations

from dataclasses import dataclass

# --------------------------------------------------------------------- taxonomy

CATEGORIES: tuple[str, ...] = (
    "violence",
    "war_atrocity",
    "torture",
    "gore_injury",
    "death_grief",
    "child_harm",
    "sexual_violence",
    "abuse",
    "self_harm_suicide",
    "mental_health",
    "substances",
    "medical_reproductive",
    "animal_harm",
    "discrimination",
    "captivity",
    "sexual_content",
    "strong_language",
    "frightening",
)

# Plain-language names, as the note says them.
NAMES: dict[str, str] = {
    "violence": "violence",
    "war_atrocity": "wartime violence",
    "torture": "torture",
    "gore_injury": "injury",
    "death_grief": "death",
    "child_harm": "harm to children",
    "sexual_violence": "sexual violence",
    "abuse": "abuse",
    "self_harm_suicide": "suicide and self-harm",
    "mental_health": "mental illness",
    "substances": "substance misuse",
    "medical_reproductive": "serious illness",
    "animal_harm": "harm to animals",
    "discrimination": "discrimination",
    "captivity": "captivity",
    "sexual_content": "sexual content",
    "strong_language": "strong language",
    "frightening": "frightening content",
}

# Other names accepted in front matter and --warn (normalised: lower case, "_").
ALIASES: dict[str, str] = {
    "war": "war_atrocity", "atrocity": "war_atrocity", "atrocities": "war_atrocity", "bombing": "war_atrocity",
    "genocide": "war_atrocity", "terrorism": "war_atrocity", "massacre": "war_atrocity",
    "gore": "gore_injury", "injury": "gore_injury", "blood": "gore_injury", "body_horror": "gore_injury",
    "death": "death_grief", "grief": "death_grief", "bereavement": "death_grief", "dying": "death_grief",
    "child_abuse": "child_harm", "child_death": "child_harm", "harm_to_children": "child_harm",
    "rape": "sexual_violence", "sexual_assault": "sexual_violence", "sexual_abuse": "sexual_violence",
    "domestic_abuse": "abuse", "domestic_violence": "abuse", "emotional_abuse": "abuse",
    "suicide": "self_harm_suicide", "self_harm": "self_harm_suicide", "selfharm": "self_harm_suicide",
    "mental_illness": "mental_health", "eating_disorders": "mental_health", "eating_disorder": "mental_health",
    "drugs": "substances", "alcohol": "substances", "addiction": "substances", "substance_abuse": "substances",
    "drug_use": "substances", "overdose": "substances",
    "medical": "medical_reproductive", "illness": "medical_reproductive", "miscarriage": "medical_reproductive",
    "abortion": "medical_reproductive", "pregnancy_loss": "medical_reproductive",
    "animal_cruelty": "animal_harm", "animal_death": "animal_harm", "animals": "animal_harm",
    "racism": "discrimination", "homophobia": "discrimination", "transphobia": "discrimination",
    "antisemitism": "discrimination", "slurs": "discrimination", "bigotry": "discrimination",
    "kidnapping": "captivity", "imprisonment": "captivity", "trafficking": "captivity", "slavery": "captivity",
    "sex": "sexual_content", "nudity": "sexual_content", "sexual_themes": "sexual_content",
    "language": "strong_language", "profanity": "strong_language", "swearing": "strong_language",
    "horror": "frightening", "fear": "frightening", "scary": "frightening", "disturbing_imagery": "frightening",
}

# Shown at any severity; the others from severity 2 (the default display rule).
ALWAYS_SHOWN = frozenset({"sexual_violence", "self_harm_suicide", "child_harm"})

# Categories a child victim turns into child_harm as well.
CHILD_HARM_SOURCES = frozenset(
    {
        "violence",
        "war_atrocity",
        "torture",
        "gore_injury",
        "death_grief",
        "sexual_violence",
        "abuse",
        "self_harm_suicide",
        "captivity",
    }
)

# Real events (documentary, true story) sharpen these.
REAL_EVENT_RAISES = frozenset(
    {"violence", "war_atrocity", "torture", "child_harm", "sexual_violence", "captivity"}
)


@dataclass(frozen=True)
class Term:
    """One lexicon pattern.

    ``kind``: "event" (says what happens: base severity as given), "topic" (names
    the subject: severity 1, raised to 2 when the sentence makes it a theme),
    "genre" (a genre or setting tag: severity 1, never raised by theme words).
    ``proper``: may match when capitalised mid-sentence (the Holocaust), which
    otherwise marks a title or a name. ``weight``: how sure the match is.
    """

    pattern: str
    cats: tuple[tuple[str, int], ...]
    kind: str = "event"
    proper: bool = False
    weight: float = 0.8


def _t(pattern: str, cats: str, kind: str = "event", proper: bool = False, weight: float = 0.8) -> Term:
    """``cats`` is "cat:sev cat:sev"."""
    parsed = tuple((c.split(":")[0], int(c.split(":")[1])) for c in cats.split())
    return Term(pattern, parsed, kind, proper, weight)


FAMILY = (
    r"(?:wife|husband|partner|girlfriend|boyfriend|mother|father|stepfather|stepmother|mum|mom|dad|"
    r"parents?|son|daughter|children|kids|uncle|aunt|brother|sister|grandfather|grandmother)"
)
_PRON = r"(?:him|her|them|his|their|the|a|an|someone|somebody|people|everyone|two|three)"
_BODY = r"(?:head|chest|back|face|leg|legs|stomach|neck|arm|knee|eye|throat|heart|shoulder|gut|foot|hand)"

TERMS: list[Term] = [
    # -- violence
    _t(r"shoots? (?:him|her|them|his|their|someone|somebody|people|everyone|two|three)|shoots? (?:the|a|an) (?!city|scenes?|film|movie|sequence|picture|landscapes?|action|footage|locations?|interiors?|exteriors?|whole|entire|ballet|dance|script|pilot|episodes?|series|season|night|day|sky|sea|coast|countryside|mountains?|streets?|town|village|desert|cast|actors?|faces?|crowds?|finale|opening|climax|chase|fight|battle|musical|numbers?|documentary|moon|breeze|gap|rapids|messenger|lot)", "violence:2"),
    _t(r"shot (?:him|her|them|dead|to death|and killed|twice|three times|several times|in the " + _BODY + r"|point[- ]blank|at close range)", "violence:2"),
    _t(r"(?:is|was|are|were|gets|got|been|being) (?:fatally |gunned down and )?shot(?! (?:on|in (?:black|colou?r|\d|monochrome|widescreen|sepia|the round)|by (?:the )?(?:director|cinematographer|dp)|entirely|digitally|beautifully|through|with|like|for|over|during|at|mostly|largely|partly|back-to-back|in (?:\w+ )?(?:weeks?|days?|months?|years?|\d+)))", "violence:2"),
    _t(r"(?:mass|school|drive-by|fatal|police) shootings?|shoot-?outs?|shooting spree|gunfire|gunshots?|gunpoint|gun(?:man|men)|gunned down", "violence:2"),
    _t(r"school shootings?", "violence:2 child_harm:2"),
    _t(r"(?:is|was|are|were|gets?|got|being) (?:kicked|punched|slapped|beaten|attacked|stabbed|hanged)|hanged (?:from|by|in)|public hangings?", "violence:2"),
    _t(r"stab(?:s|bed|bing|bings)?", "violence:2"),
    _t(r"murder(?:s|ed|ing|ous)", "violence:2"),
    _t(r"murder|murderer|killer|hitman|hit man|assassin", "violence:1", kind="genre", weight=0.5),
    _t(r"serial killer|serial murderer|contract killer", "violence:2", weight=0.6),
    _t(r"kill(?:s|ed|ing|ings)?", "violence:2"),
    _t(r"slain|(?:the )?slaughter of|slaughter(?:s|ed|ing)? (?:the )?(?:villagers|civilians|families|innocents|prisoners|townspeople|men|women|people|family|him|her|them|everyone)|butcher(?:s|ed) (?:him|her|them|the (?:family|villagers|victims|prisoners|man|woman))|massacred? (?:him|her|them)", "violence:2"),
    _t(r"assault(?:s|ed|ing)?", "violence:2"),
    _t(r"attack(?:s|ed|ing)? (?:" + _PRON + r"|the|his|her)|attacks|attacked|(?:the|an|brutal|vicious|violent) attack", "violence:2", weight=0.6),
    _t(r"beat(?:s|en|ing)? (?:up|to death|senseless|unconscious|him|her|them|his (?!record)\w+|the (?:man|woman|boy|girl|prisoner|victim)|by)|(?:a|brutal|savage|vicious) beatings?|beatings", "violence:2"),
    _t(r"(?:bar|fist|knife|street|gun|prison|brutal|bloody|vicious)[ -]?fights?|fist-?fights?|brawls?|fights? (?:to the death|breaks? out|broke out)", "violence:2"),
    _t(r"scuffles?", "violence:1"),
    _t(r"slap(?:s|ped|ping)? (?:him|her|them|his|the)|punch(?:es|ed|ing)? (?:him|her|them|his|the)|punched|kick(?:s|ed|ing)? (?:him|her|them|his|the) |kicked (?:to death|senseless)|strangl\w*|garrott?\w*|(?:with|using) (?:their|his|her) fists|(?:come|came|comes) to blows|trade blows|(?:hit|hits|hitting|struck|strikes) (?:him|her|them) (?:with|across|over)|held underwater|firing squads?|armed robbery|mugg(?:ed|ing)|at knifepoint|knife attack|pulls? (?:a|his|her) (?:knife|gun)|knife is pulled|gun is pulled|chokes? (?:him|her|them)|bayonet\w*|clubbed", "violence:2"),
    _t(r"execut(?:e|es|ed|ing|ion|ions|ioner|ioners)", "violence:2"),
    _t(r"lynch(?:ed|ing|ings|mob)?", "violence:2 discrimination:2"),
    _t(r"violence|violent", "violence:1", kind="topic", weight=0.6),
    _t(r"bloodbath|carnage", "violence:2"),
    _t(r"battle scenes|combat scenes|trench raid|firefights?", "violence:2", weight=0.6),
    _t(r"in cold blood", "violence:2"),
    _t(r"threaten\w* to (?:kill|shoot|stab|hurt|harm|beat)", "violence:1", weight=0.6),
    _t(r"throws? (?:a|an|the) \w+ at (?:her|his|their) " + FAMILY + r"(?:'s head)?", "violence:2 abuse:2"),
    _t(r"(?:beat(?:s|en|ing)?|hits?|slap(?:s|ped)?|punch(?:es|ed)?|kick(?:s|ed)?|strikes?) (?:by )?(?:his|her|their) " + FAMILY, "violence:2 abuse:2"),
    # -- war and atrocity
    _t(r"bombings?|bombardments?|bombing raids?|carpet[- ]bomb\w*|car bombs?|suicide bomb(?:ers?|ings?)|(?:was|were|is|are|being|been) bombed|bombs? (?:fall|fell|falls|rain|rained|explode|exploded|go off|went off|goes off)", "war_atrocity:2"),
    _t(r"air ?strikes?|shelling|shelled|shells (?:fall|fell|land|landed|rain|hit|explode)|artillery fire|drone strikes?", "war_atrocity:2"),
    _t(r"massacres?|massacred", "war_atrocity:2"),
    _t(r"genocid\w*|ethnic cleansing|war crimes?|atrocit(?:y|ies)|mass graves?|mass killings?|concentration camps?|death camps?|extermination", "war_atrocity:2"),
    _t(r"holocaust", "war_atrocity:2", proper=True),
    _t(r"the blitz", "war_atrocity:1", proper=True, weight=0.6),
    _t(r"razed|rounded up and (?:shot|killed)|death squads?|(?:burn(?:s|ed)?|torch(?:es|ed)?) (?:the|a|their) village", "war_atrocity:2"),
    _t(r"terrorist attacks?|terror attacks?|terroris[mt]s?", "war_atrocity:2"),
    _t(r"siege|war[- ]torn|civilian casualties|civilians (?:are|were|being) killed", "war_atrocity:1", kind="topic", weight=0.6),
    # -- torture
    _t(r"tortur(?:ed|es|ing|ers?)", "torture:2"),
    _t(r"torture", "torture:1", kind="topic", weight=0.7),
    _t(r"torture (?:scenes?|sequences?|chambers?|porn)", "torture:2"),
    _t(r"(?:until|till) (?:he|she|they) confess\w*|extract (?:a )?confessions?|burn(?:s|ed|ing)? (?:\w+ )?with cigarettes|cigarette burns|branding iron|waterboard\w*|electric shocks|mock executions?|crucifixions?|thumbscrews|the rack", "torture:2"),
    _t(r"pull(?:s|ed|ing)? out (?:her|his|their|a man's|a woman's) (?:finger|toe)?nails|gouge\w* out|disembowel\w*|skinned alive|flayed", "torture:3"),
    # -- gore and injury
    _t(r"gore|gory|blood|bloody|bloodied|bloodstained|blood-soaked|bleeds?|bleeding|bled", "gore_injury:2", weight=0.6),
    _t(r"corpses?|cadavers?|dead bod(?:y|ies)|(?:bloodied|mutilated|charred|burned|broken|lifeless|dust-covered|decomposing|rotting|headless) bod(?:y|ies)|bod(?:y|ies) (?:being )?(?:carried out|pulled from|piled|strewn|lying|wash(?:es|ed)? up|(?:is|are|was|were) found)|(?:finds?|found|discover\w*) (?:a|the|his|her) body|the body of (?:a|the|his|her|their)", "gore_injury:2"),
    _t(r"wound(?:s|ed)?|injur(?:y|ies|ed)|maimed|(?:leg|arm|neck|back|jaw|ribs?|skull|nose|wrist|ankle|bones?) (?:is|are|was|were|gets?) (?:badly |horribly )?(?:broken|shattered|crushed|snapped)|broken (?:neck|bones?|ribs?|jaw|leg|arm)|burn victims?|autops(?:y|ies)|amputat\w*|frostbit\w*|nosebleeds?|gash(?:es)?|scars? (?:across|on|down|along) (?:his|her|their|the) \w+|scarred face|facial scars?|(?:cut|sliced|split|slit|ripped|torn) open|opened from", "gore_injury:2"),
    _t(r"mutilat\w*|severed (?:limbs?|heads?|hands?|arms?|legs?|fingers?)|decapitat\w*|beheaded|beheadings?|dismember\w*|entrails|intestines|disembowel\w*|exposed bones?|torn flesh|skin peeled|(?:open|opened|split) (?:chest|skull|belly|stomach)|(?:torn|blown|ripped|tears?|tore|rips?|blows?|blew) (?:\w+'s |his |her |their |a man's )?(?:legs?|arms?|heads?|limbs?) off|body horror|rotting (?:skin|flesh|corpses?|bodies)|eyeballs?|spray of blood|pools? of blood|blood pool\w*|brains? (?:splatter|spill)\w*|splatter\w*", "gore_injury:3"),
    _t(r"bursts? out of", "gore_injury:2", weight=0.5),
    # -- death and grief
    _t(r"die|dies|died|dying|drown(?:s|ed|ing)?|passe[sd] away|passing away", "death_grief:2"),
    _t(r"(?:killed|dies|died) in (?:a|an|the) (?:car |plane |train |house |road |climbing |boating |skiing )?(?:crash|accident|fire|avalanche|earthquake|flood|storm)", "death_grief:2"),
    _t(r"deaths?", "death_grief:1", kind="topic", weight=0.7),
    _t(r"\w+'s deaths?|deaths? of (?:a|an|the|his|her|their|my|our)", "death_grief:2"),
    _t(r"(?:is|was|are|were|be) found dead|found dead|lies dead|lay dead|(?:his|her|their|my|the) (?:own |eventual |sudden |slow |untimely |violent |early )?deaths?\b(?! (?:metal|star|wish|knell|trap|scene|toll))|(?:scatter\w*|urn of|(?:his|her|their) \w+'s) ashes", "death_grief:2"),
    _t(r"(?:is|was|are|were|lies|lay|lying|already|now|long|presumed) dead|dead (?:mother|father|wife|husband|son|daughter|child|brother|sister|parents?|friend|body|bodies)", "death_grief:1", weight=0.7),
    _t(r"grief|grieving|griefs", "death_grief:1", kind="topic", weight=0.8),
    _t(r"griev(?:es|ed)|mourn(?:s|ed|ing|ers)?|bereave\w*|funerals?|burial|graveside|eulog(?:y|ies)|orphaned|(?:his|her|their|its|a|the|mother's|father's|son's|daughter's|unmarked|shallow|fresh) graves?", "death_grief:1", kind="topic", weight=0.7),
    _t(r"widow(?:s|ed|er|ers)?", "death_grief:1", kind="genre", weight=0.6),
    _t(r"(?:loss|death) of (?:his|her|their|a|the) (?:wife|husband|mother|father|son|daughter|child|children|brother|sister|partner|friend|parents?|baby)|lost (?:his|her|their) (?:wife|husband|mother|father|son|daughter|child|children|brother|sister|partner|parents?|baby)", "death_grief:2"),
    _t(r"hospice|terminally ill|deathbed|death ?bed", "death_grief:1 medical_reproductive:1", kind="topic", weight=0.6),
    # -- sexual violence
    _t(r"rap(?:e|es|ed|ing|ist|ists)", "sexual_violence:2", weight=0.9),
    _t(r"sexual(?:ly)? (?:assault\w*|abuse\w*|abusive|violence|violated|exploit\w*|harass\w*)|molest\w*|incest\w*|paedophil\w*|pedophil\w*|child sex\w*|date[- ]rape|non-?consensual|grooming|groomed|grooms (?:a|the|her|his|young)|forced himself on|(?:tears|tore|ripped|rips) (?:at )?her clothes", "sexual_violence:2", weight=0.9),
    # -- abuse
    _t(r"abus(?:e|es|ed|ing|er|ers|ive)", "abuse:1", kind="topic", weight=0.7),
    _t(r"(?:domestic|emotional|psychological|verbal|physical|child|spousal) abuse|domestic violence|coercive control|controlling (?:husband|wife|partner|boyfriend|girlfriend|father|mother)|gaslight\w*|abusive (?:marriage|relationship|husband|wife|partner|father|mother|parents?|home|boyfriend)", "abuse:2"),
    _t(r"hides? (?:the|her|his) bruises|track(?:s|ed)? (?:her|his) phone|isolates? (?:her|him) from|tells (?:her|him) (?:she|he) is worthless|controls? (?:every|everything|all of|her life|his life|their lives)|(?:abuse|cruelty) is (?:mostly |largely )?(?:psychological|emotional|verbal|physical)|cruelty to (?:his|her|their) (?:sons?|daughters?|children|kids|wife|husband|family)|(?:controls|monitors|reads) (?:the|her|his) (?:money|messages|phone|finances|emails)|cuts (?:her|him) off from|(?:screams|shouts|yells) at (?:her|his) (?:son|daughter|child|children|kids|wife|husband)|are starved|(?:was|were|is|are) starved|as punishment", "abuse:2", weight=0.6),
    # -- self-harm and suicide
    _t(r"(?:overdos\w*|drowns?) deliberately|deliberately overdos\w*|deliberate overdose|suicide note|before (?:he|she|they) jumped|swallow\w* (?:a bottle of|a handful of|all (?:her|his|the)) (?:pills|tablets)|goodbye (?:message|note|letter)|jump(?:s|ed)? to (?:his|her|their) death|suicid\w*|self[- ]harm\w*|self[- ]injur\w*|cuts? (?:herself|himself|themselves|myself)|(?:slit|slits|slitting|cut|cuts|cutting) (?:her|his|their) (?:wrists?|arms?)|(?:took|takes|taking|take) (?:her|his|their|my) own li(?:fe|ves)|kill(?:s|ed|ing)? (?:herself|himself|themselves|myself)|hang(?:s|ed)? (?:herself|himself|themselves)|(?:think|thinks|thinking|thought|thoughts) (?:about|of) (?:jumping|ending it|ending (?:her|his) life|dying|killing (?:herself|himself))|ending it all|wants? to die", "self_harm_suicide:2", weight=0.9),
    # -- mental health
    _t(r"depress(?:ion|ed|ive)|schizophreni\w*|psychos[ie]s|psychotic|bipolar|anorexi\w*|bulimi\w*|eating disorders?|panic attacks?|post-traumatic|nervous breakdown|mental breakdown|breakdowns?|hallucinat\w*|paranoi\w*|obsessive-compulsive|hears voices|dissociat\w*|mental illness|mentally ill|mental health|sectioned|manic episodes?|mania|manic depression|personality disorder", "mental_health:2"),
    _t(r"anxiety", "mental_health:1", kind="topic", weight=0.5),
    _t(r"ptsd|ocd", "mental_health:2", proper=True),
    _t(r"psychiatric (?:ward|unit|hospital|hold|care)|mental (?:asylum|institution|hospital)|institutionali[sz]ed", "mental_health:1", kind="topic", weight=0.6),
    # -- substances
    _t(r"heroin|cocaine|crack cocaine|meth(?:amphetamine)?|opioids?|fentanyl|ketamine|lsd|ecstasy|mdma|a bad trip|acid trip|magic mushrooms|crystal meth", "substances:2"),
    _t(r"overdos\w*|addict(?:s|ed|ion|ions)?|alcoholi(?:c|cs|sm)|drug (?:use|abuse|addiction|habit|dealers?|dealing|binge)|drinking problem|heavy drink\w*|drinks? heavily|drinks (?:himself|herself|themselves) (?:into|to)|(?:seems|seem|is|are|was|were|gets|get|got) (?:to be )?(?:very |blind |roaring )?drunk|binge drink\w*|rehab|withdrawal|(?:smoke|smokes|smoking|smoked) (?:a )?(?:joint|weed|crack|pot)|gets? (?:drunk|high|stoned)|(?:a|an|the) drunk\b|drunken|inject(?:s|ed|ing)?", "substances:2"),
    _t(r"drugs?|drinking|drunk|marijuana|cannabis|pills|relaps\w*|hungover|hangover|stoned|stoner", "substances:1", kind="topic", weight=0.5),
    # -- medical and reproductive
    _t(r"cancer|tumou?rs?|chemo(?:therapy)?|radiotherapy|leuka?emia|terminal (?:illness|diagnosis|cancer)|diagnos(?:is|ed) with|surgery|surgical|surgeon|incisions?|miscarr\w*|abortions?|stillb\w*|gives? birth|childbirth|in labou?r|dementia|alzheimer's|heart (?:attack|condition|failure)|(?:liver|kidney|organ|heart) failure|(?:suffers|suffered|had|has|after) a stroke|transplant|coma|infertility|ivf|amputation|dialysis|life support|birth scenes?|(?:routine|emergency|risky|major|heart|brain|spinal|botched) operations?|operating (?:table|theatre)|multiple sclerosis|motor neurone disease|cystic fibrosis|epilep\w*|seizures?", "medical_reproductive:2"),
    _t(r"hiv|aids|ivf|alzheimer's|parkinson's|huntington's|crohn's", "medical_reproductive:2", proper=True),
    _t(r"illness|disease|hospitali[sz]ed|intensive care", "medical_reproductive:1", kind="topic", weight=0.5),
    # -- animal harm (also from animal + harm co-occurrence in the detector)
    _t(r"cruelty to animals|animal (?:cruelty|abuse)|animals? (?:is|are|was|were|being|get|gets|got) (?:harmed|hurt|killed|injured|abused)|(?:put|puts|putting) down (?:the|a|his|her|their) (?:dog|cat|horse|pet)|(?:illegal |underground )?dog-?fighting(?! (?:pilots?|planes?|jets?|aces?|sequences?|scenes?))|poach\w*|bullfight\w*|cockfight\w*|bull-?baiting|hunting scenes?|trophy hunt\w*", "animal_harm:2"),
    # -- discrimination
    _t(r"racis[mt]s?|racial (?:slurs?|abuse|violence|hatred|epithets?)|slurs?|n-word|homophob\w*|transphob\w*|anti-?semit\w*|bigot\w*|xenophob\w*|islamophob\w*|white supremac\w*|segregation|apartheid|hate crimes?|gay[- ]bashing|ableis[mt]|misogyn\w*|sexis[mt]", "discrimination:2"),
    _t(r"ku klux klan|kkk|jim crow", "discrimination:2", proper=True),
    _t(r"prejudice|discriminat\w*", "discrimination:1", kind="topic", weight=0.6),
    # -- captivity
    _t(r"kidnap\w*|abduct\w*|hostages?|captors?|captivity|held captive|held prisoner|imprison\w*|incarcerat\w*|trafficking|trafficked|traffickers?|enslav\w*|slavery|slaves?|forced labou?r|labou?r camps?|internment camps?|chained (?:up|to)|locked (?:in|up in) (?:a |the )?(?:cellars?|basements?|cupboards?|attics?|cages?|rooms?)|held in (?:a |the )?(?:cellar|basement|cage|attic)|in (?:a |the )?(?:cellar|basement) for|(?:held|kept) for ransom|ransom|debt bondage|bonded labou?r|indentured|smuggled across", "captivity:2"),
    _t(r"(?:years|months|time|life|sentence) in (?:prison|jail)|(?:sent|goes|went|go) to (?:prison|jail)|prison (?:drama|sentence|camp)|behind bars|jailed|solitary confinement|(?:life|prison|jail|long) sentence|serves? (?:\w+ )?(?:years|a sentence|time) (?:in|for)", "captivity:2", weight=0.7),
    _t(r"prison|jail", "captivity:1", kind="topic", weight=0.4),
    # -- sexual content
    _t(r"(?<!same-)sex scenes?|sex scene|sexual (?:content|scenes?|encounters?)|sexually explicit|nude scenes?|nude|nudity|naked|topless|erotic\w*|orgasms?|org(?:y|ies)|explicit sex", "sexual_content:2"),
    _t(r"(?<!same-)sex|making love|make love|makes love|lovemaking|sleep together|sleeps together|slept together|spend the night together|spends the night|in bed together|steamy|raunchy|racy|bedroom scenes?|love scenes?", "sexual_content:1", kind="topic", weight=0.6),
    # -- frightening
    _t(r"horror", "frightening:1", kind="genre", weight=0.5),
    _t(r"jump[- ]?scares?|scares|terrif(?:ying|ied|ies)|frightening|frightened|scary|creepy|dread|nightmar\w*|stalk(?:s|ed|er|ers|ing)|disturbing (?:imagery|images|scenes|sequences?|content)|demon(?:s|ic)?|possessed|exorcis\w*|evil spirits?|menac\w*|sinister|sewn shut|jaw unhinged|unhinged jaw|crawls? (?:across|up|along) the (?:ceiling|walls?)", "frightening:2", weight=0.7),
]

# ------------------------------------------------ paraphrases (broader coverage)
# Common ways critics describe each harm without its keyword: inflections,
# multi-word expressions and victim-shaped phrases ("verb + a person", "verb +
# an animal"), kept narrow enough not to fire on figurative or benign uses (see
# FIGURATIVE_EXTRA and tests/test_warnings.py). Listed after the core terms;
# matching is leftmost-longest over all of them.

_PERSON = (
    r"(?:man|woman|men|women|boy|girl|child|guard|watchman|prisoner|victim|stranger|priest|soldier|officer|driver|"
    r"landlord|tenant|neighbou?r|informant|witness|accountant|shopkeeper|journalist|teacher|doctor|nurse|farmer|"
    r"villager|wife|husband|son|daughter|mother|father|brother|sister|friend|servant|maid|hostage|captive|"
    r"suspect|protester|youth|traitor|thief|sheriff|deputy|bouncer|cop|clerk|banker|lawyer|mayor)s?"
)
_VICTIM = r"(?:him|her|them|(?:the|a|an|his|her|their|one|two|three|another) (?:\w+ ){0,2}" + _PERSON + r")"
# "bear" the animal, not the verb ("bears the scars") nor a "bear trap".
_BEAR = (
    r"bears?(?![ -](?:traps?|hugs?|markets?|witness|in mind|the|no|a|an|any|little|some|his|her|their|its|with|down|"
    r"fruit|repeating|mention|comparison|responsibility|up|out|it|them|him|me|us)\b)"
)
_AN = (
    r"(?:animals?|dogs?|puppy|puppies|cats?|kittens?|horses?|ponies|pony|seals?|elk|deer|wol(?:f|ves)|" + _BEAR + r"|"
    r"calf|calves|cows?|pigs?|sheep|lambs?|birds?|foxes|fox|rabbits?|hares?|whales?|dolphins?|elephants?|lions?|"
    r"tigers?|monkeys?|apes?|chimps?|goats?|chickens?|hens?|ducks?|pets?|livestock|cattle|mare|stallion|foal|"
    r"badgers?|mules?|donkeys?|oxen|ox|bull|rhinos?|gorillas?|owls?|swans?|geese|goose|hounds?|sheepdogs?)"
)
# After an animal word: not "dog owner", "pet project", "cat food".
_AN_END = (
    r"(?!['\w]| (?:owners?|lovers?|walkers?|trainers?|breeders?|sitters?|whisperer|catchers?|collars?|food|show|tags?|"
    r"trade|market|friendly|lead|leash|house|project|projects|theory|peeve|name|subject|cause|hates?|sanctuary))"
)
_WEAPON = (
    r"(?:hammer|crowbar|bat|baseball bat|brick|rock|stone|iron bar|pipe|lead pipe|machete|axe|cleaver|tyre iron|"
    r"tire iron|golf club|bottle|broken bottle|chair|spade|shovel|poker|candlestick|wrench|spanner|rifle butt|belt|"
    r"whip|cane|cosh|truncheon|baton|club|chain|knuckleduster|hairbrush|frying pan|rolling pin)"
)
_KIN = (
    r"(?:wife|husband|partner|girlfriend|boyfriend|mother|father|stepfather|stepmother|stepson|stepdaughter|mum|mom|"
    r"dad|parents?|sons?|daughters?|children|kids|child|family|brother|sister|household)"
)
_AGAINST = r"(?! (?:at|in) (?:chess|cards|tennis|golf|poker|scrabble|the game|every game|arm-wrestling|a race|the race|running|swimming))"

TERMS += [
    # -- violence: victim-shaped phrases and weapons
    _t(r"knif(?:ed|es|ing)|bludgeon\w*|stoning|stoned to death|(?:stones?|stoned) " + _VICTIM, "violence:2"),
    _t(r"(?:hits?|strikes?|struck|smash(?:es|ed|ing)?|bash(?:es|ed|ing)?|attacks?|attacked|clubs?|beats?|beaten|"
       r"batters?|battered|whips?|whipped|thrash(?:es|ed)?) " + _VICTIM + r" (?:\w+ ){0,3}(?:with|using) (?:a|an|the|his|her|their) "
       r"(?:\w+ )?" + _WEAPON + r"\b", "violence:2"),
    _t(r"smash(?:es|ed|ing)? (?:his|her|their|the man's|the woman's) (?:hands?|head|skull|face|knees?|fingers?|jaw|teeth|kneecaps?)", "violence:2"),
    _t(r"clubs? " + _VICTIM + r"|beat(?:s|ing)? " + _VICTIM + r" (?:with|until|bloody|black and blue|half to death|to a pulp|senseless|unconscious)", "violence:2"),
    _t(r"push(?:es|ed|ing)? " + _VICTIM + r" (?:down|off|from|out of) (?:the|a|an) (?:stairs|staircase|cliff|roof|window|balcony|bridge|platform|ledge)|"
       r"(?:is|was|are|were|gets|got|being) (?:shoved|thrown|hurled|pushed) (?:down|off|from|out of) (?:the|a|an) (?:stairs|cliff|roof|window|balcony|bridge|platform|ledge)", "violence:2", weight=0.6),
    _t(r"(?:man|woman|boy|girl|he|she|they|person|monk|protester|prisoner|victim|child) (?:is |are |was |were |gets |got )?set (?:on fire|alight|ablaze)|"
       r"sets? (?:him|her|them|a man|a woman|a boy|a girl|the (?:man|woman|prisoner|victim|boy|girl)) (?:on fire|alight|ablaze)|burn(?:ed|t) (?:alive|to death)|dous(?:es|ed|ing) (?:him|her|them) (?:in|with) (?:petrol|gasoline|fuel)", "violence:2"),
    _t(r"smother(?:s|ed|ing)? (?:him|her|them|the \w+|his \w+|her \w+) (?:with a pillow|to death|in (?:his|her|their) sleep)|smothered to death|suffocat\w* (?:him|her|them)|suffocated to death|with a pillow over", "violence:2"),
    _t(r"(?:puts?|putting|fires?|fired|pumps?|pumped) (?:a |two |three |several )?bullets? (?:in|into|through)|bullets? (?:in|to|through) (?:the|his|her|their) (?:head|chest|back|brain|heart|skull)|blows? (?:his|her|their) brains out|blew (?:his|her|their) brains out", "violence:2"),
    _t(r"knock(?:s|ed|ing)? (?:him|her|them) (?:unconscious|senseless|to the ground|down the stairs)|(?:is|was|gets|got) knocked (?:unconscious|senseless)|pistol-whip\w*|headbutt\w*|"
       r"(?:slit|slits|slitting|cuts?) (?:his|her|their|the \w+'s) throats?|throats? (?:is|are|was|were) (?:slit|cut)|leav(?:es|ing|e)? (?:him|her|them) (?:unable to (?:walk|stand|see|speak)|crippled|paralysed|paralyzed|half-dead|for dead|blind)|left (?:him|her|them) (?:unable to (?:walk|stand|see|speak)|crippled|half-dead|for dead)", "violence:2"),
    _t(r"(?:is|was|are|were|gets?|got|being) (?:\w+ )?(?:beaten|hit|slapped|punched|kicked|whipped|thrashed|burned|attacked|strangled|belted|caned) (?:\w+ ){0,3}by (?:his|her|their) (?:own )?" + FAMILY, "violence:2 abuse:2"),
    _t(r"grenades?|landmines?|land mines?|mortar (?:fire|rounds?|shells?)|machine[- ]gun fire|sniper fire|snipers?", "violence:2", weight=0.6),
    # -- war and atrocity
    _t(r"air[- ]raids?(?![- ]sirens?)|air attacks?|missile strikes?|rocket attacks?|(?:barrel|cluster|incendiary|fire) ?bombs?|firebomb\w*|napalm|chemical weapons|nerve gas|gas attacks?|strafed|strafing|shelled|shelling|"
       r"shell(?:s|ing)? (?:the|a) (?:\w+ )?(?:town|city|village|hospital|school|market|port|harbou?r|neighbou?rhood|suburbs?|capital|camp)", "war_atrocity:2"),
    _t(r"ethnic(?:ally)? cleans\w*|mass (?:graves?|executions?|murders?|deportations?)|pogroms?|death marche?s?|war criminals?|collective punishment", "war_atrocity:2"),
    _t(r"mass rapes?|(?:war|wartime) rapes?|rape as a weapon of war", "war_atrocity:2 sexual_violence:2"),
    _t(r"(?:sets? fire to|set alight|burn(?:s|ed|t)? down|torch(?:es|ed)?|firebomb(?:s|ed)?) (?:the|a|every|their|an) (?:\w+ )?(?:church|school|village|town|mosque|synagogue|temple|homes?|houses?|farms?|hospital|barn|orphanage|hut|huts)"
       r" with (?:\w+ ){0,4}(?:inside|trapped|locked in|still in it)", "war_atrocity:2"),
    _t(r"(?:bombs?|missiles?|rockets?|shells?|an air ?strike|airstrikes?) (?:hits?|strikes?|struck|levels?|levelled|leveled|flattens?|flattened|destroys?|destroyed|lands? on|landed on) (?:the|a) (?:\w+ )?(?:hospital|school|market|church|mosque|village|town|street|apartment|home|house|wedding|funeral|shelter|refugee camp|bakery)", "war_atrocity:2"),
    _t(r"(?:civilians|refugees|villagers|unarmed protesters|women and children|whole families|prisoners of war) (?:are|were|being|get|got) (?:\w+ )?(?:killed|shot|gunned down|massacred|executed|slaughtered|bombed|butchered|burned|murdered)", "war_atrocity:2 violence:2"),
    _t(r"child soldiers?", "war_atrocity:2 child_harm:2"),
    # -- torture
    _t(r"break(?:s|ing)? (?:his|her|their|the \w+'s) (?:fingers|legs?|arms?|jaw|nose|ribs|kneecaps?|neck|wrists?|ankles?)|broke (?:his|her|their|the \w+'s) (?:fingers|legs?|arms?|jaw|nose|ribs|kneecaps?|neck|wrists?|ankles?)", "gore_injury:2", weight=0.6),
    _t(r"sleep deprivation|depriv(?:e|es|ed|ing) (?:\w+ )?of sleep|stress positions|(?:hung|strung up|suspended) by (?:his|her|their) (?:wrists|thumbs|arms|ankles|feet|hair)|"
       r"burn(?:s|ed|t|ing)? (?:\w+ ){0,2}with (?:a |an )?(?:hot|red-hot|heated|lit|iron|poker|blowtorch|lighter|candle|acid)\w*|red-hot (?:poker|iron|knife|blade)|"
       r"(?:pliers|electrodes|car battery) (?:to|on) (?:his|her|their)|break(?:s|ing)? (?:his|her|their) fingers one by one", "torture:2"),
    _t(r"(?:holds?|held|forces?|forced|pushes|pushed|dunks?|dunked) (?:his|her|their|the \w+'s) (?:head|face) under(?: the)? ?water|(?:head|face) (?:is|was) (?:held|forced|pushed) under(?: the)? ?water", "torture:2 violence:2"),
    # -- gore and injury
    _t(r"(?:hands?|arms?|legs?|foot|feet|fingers?|face|head|eyes?|hip|knees?|spine|back|teeth|skull|chest|ribs?) (?:is|are|was|were|gets?|got) (?:\w+ )?"
       r"(?:crushed|mangled|smashed|impaled|burned|burnt|scalded|severed|gouged|slashed|cut off|blown off|ripped off|torn off|blown away|pulped|caught in (?:a|the) (?:trap|machine|mangle|gears|bear trap))", "gore_injury:2"),
    _t(r"(?:shard|splinter|nail|hook|knife|blade|spike|arrow|bullet|glass|bolt|pitchfork|stake|screwdriver|scissors|needle) (?:\w+ ){0,3}(?:into|through|in) (?:his|her|their|the|a man's|a woman's) "
       r"(?:eye|eyes|eyeball|skull|throat|chest|neck|hand|foot|leg|thigh|belly|stomach|cheek|face|palm|arm|side|gut)", "gore_injury:2"),
    _t(r"bear ?traps?|festering (?:wounds?|sores?|leg|arm|stump)|infected wounds?|gangren\w*|maggots|impaled|compound fracture|bones? (?:pokes?|juts?|sticks?|protrud\w*) (?:out|through)|"
       r"(?:third-degree|severe|terrible|horrific|disfiguring) burns|burns? (?:to|across|over|on) (?:his|her|their) (?:face|body|arms|legs|hands|back|chest)|(?:badly|horribly|severely) (?:burned|burnt|scalded|injured|hurt|wounded|disfigured|cut)|"
       r"disfigur\w*|lacerations?|(?:gunshot|stab|knife|bullet|exit|head|leg) wounds?|broken nose|black eye|(?:loses|lost|losing) (?:an?|his|her|their|both) (?:eye|eyes|hand|hands|arm|arms|leg|legs|foot|fingers?|ear|ears)\b(?! (?:for|to))|"
       r"(?:leav(?:e|es|ing)|left) (?:his|her|their|the) (?:\w+ )?bod(?:y|ies) (?:hanging|to rot|in the|on the|for)", "gore_injury:2"),
    # -- death and grief
    _t(r"los(?:es|e|ing|t) (?:her|his|their|my|our) (?:\w+ )?(?:wife|husband|mother|father|mum|mom|dad|son|daughter|child|children|brother|sister|partner|parents|grandmother|grandfather|twin|fianc[eé]e?|best friend|family|whole family|only child)\b"
       r"(?!'s| to (?!(?:cancer|illness|the war|a|an|suicide|drink|drugs|disease|dementia|leukaemia|leukemia|covid|the plague|the flu)\b))", "death_grief:2"),
    _t(r"(?:late|dead|deceased|murdered|drowned) (?:wife|husband|mother|father|mum|mom|dad|son|daughter|child|brother|sister|partner|parents|grandmother|grandfather|twin|fianc[eé]e?|friend)", "death_grief:1", kind="topic", weight=0.6),
    _t(r"(?:grandmother|grandfather|mother|father|wife|husband|son|daughter|brother|sister|friend|mum|mom|dad|grandma|grandad|granddad|partner|patient|he|she) (?:quietly |peacefully |slowly )?(?:slips|slipped|slipping|passes|passed|passing) (?:away|on)\b(?! (?:the|a|his|her|their|it|this|that))", "death_grief:2"),
    _t(r"(?:does not|doesn't|did not|didn't|won't|will not|would not|fails? to|failed to|never) (?:survive|live to see|recover from (?:the|his|her) (?:wounds|injuries|fall|illness))\b(?! (?:the (?:transition|adaptation|translation|move|jump|edit|cut|leap|trip|comparison|scrutiny)|(?:its|their) \w+|contact|scrutiny|a second|repeat|rewatch))|"
       r"(?:does not|doesn't|did not|didn't|won't) make it(?=[.,;!]| and\b| but\b|$)|not (?:everyone|everybody|all of them|every \w+) (?:survives|makes it(?: out| home)?|comes home|gets out alive|lives)", "death_grief:2", weight=0.6),
    _t(r"(?:bur(?:y|ies|ied|ying)) (?:his|her|their|the|a) (?:\w+ )?(?:wife|husband|mother|father|son|daughter|child|children|brother|sister|friend|parents|dead|baby|body|bodies|dog|grandmother|grandfather)|(?:at|after|before|during) (?:the|his|her|their) (?:\w+ )?(?:funeral|wake|burial|cremation)|cremat\w*|coffins?|caskets?|(?:her|his|their) passing\b|bereft|in mourning|mourns?", "death_grief:1", kind="topic", weight=0.6),
    _t(r"(?:dies|died|dying) (?:of|from) (?:cancer|a heart attack|an overdose|tuberculosis|consumption|cholera|the plague|a fever|pneumonia|aids|covid|sepsis|leukaemia|leukemia|exposure|hunger|starvation|thirst|his wounds|her wounds|their wounds|a stroke|old age)|death ?toll|(?:was|is|are|were) (?:killed|lost) (?:in|at) (?:the|a) (?:war|front|crash|accident|fire|flood|storm|sea)", "death_grief:2"),
    # -- sexual violence
    _t(r"forc(?:es|ed|ing) (?:himself|herself|themselves) (?:on|upon)|indecent(?:ly)? assault\w*|grop(?:es|ed|ing) (?:her|him|them|a|the|women|girls|his|one|another)\b(?! (?:way|for))|(?:is|was|are|were|gets|got|being) groped|sex(?:ual)? (?:offen[cs]es?|offenders?|predators?)|"
       r"predatory (?:teacher|priest|producer|boss|coach|uncle|stepfather|director|photographer|man|men)|(?:exposes|exposed|exposing) himself|upskirt\w*|revenge porn|sextortion|violat(?:es|ed|ing) (?:her|him)\b(?! (?:rights|privacy|trust|contract|parole|terms))|"
       r"preys? on (?:the )?(?:\w+ )?(?:girls|boys|children|kids|pupils|students|teenagers|minors|young women|choirboys|altar boys)|unwanted (?:advances|touching|sexual)|(?:abuse|abused|abusing|molest\w*) (?:of )?(?:the )?(?:altar|choir) ?boys?|(?:altar|choir) ?boys? (?:are|were|was|is) abused|"
       r"(?:abused|molested) by (?:a|the|their|his|her) (?:\w+ )?(?:priest|vicar|bishop|monk|coach|choirmaster|scoutmaster|cleric|pastor)|clerical abuse|clergy abuse|(?:drugs|drugged|spikes|spiked) (?:\w+ ){0,3}(?:and|then|before) (?:rapes|assaults|abuses|molests)|spik(?:es|ed|ing) (?:her|his|their|a woman's|a girl's) drink", "sexual_violence:2", weight=0.8),
    _t(r"sex(?:ual)? (?:trafficking|slavery|slaves?)|trafficked for sex", "sexual_violence:2 captivity:2", weight=0.8),
    # -- abuse
    _t(r"belittl(?:es|ed|ing) (?:her|him|them|his \w+|her \w+)\b|demean(?:s|ed|ing) (?:her|him|them)|berat(?:es|ed|ing) (?:her|him|them)|humiliat(?:es|ed|ing) (?:her|him|them) (?:in front of|every|constantly|daily|publicly)|"
       r"terrori[sz](?:es|ed|ing) (?:his|her|their|the) (?:family|household|wife|husband|children|kids|son|daughter|home)|"
       r"flinch(?:es|ed|ing)? (?:whenever|every time|when|at the sound of) (?:he|she|they|her|his)|rais(?:es|ed|ing) (?:his|her) (?:hand|fist) (?:to|at|against) (?:her|him|them)|"
       r"(?:tells?|told|telling|reminds?) (?:her|him|them|his \w+|her \w+) (?:that )?(?:(?:she|he|they)(?:'s| is| was| are| were) )?(?:worthless|a mistake|a burden|nothing)|(?:tells?|told) (?:her|him|his \w+|her \w+) (?:that )?(?:she|he) wish(?:es|ed)? (?:she|he|they) had (?:never been born|died)|"
       r"(?:controlling|abusive|violent|bullying|drunken|brutal|domineering) (?:step)?(?:father|mother|husband|wife|partner|boyfriend|girlfriend|parents?|uncle|dad|mum|mom)|(?:is|was|are|were) (?:his|her) punching bag", "abuse:2", weight=0.6),
    _t(r"(?:step)?(?:father|mother|husband|wife|dad|mum|mom|parents?|boyfriend|girlfriend|uncle|aunt|grandfather|partner) (?:\w+ )?(?:beats?|beat|hits?|slaps?|punch(?:es)?|kicks?|whips?|thrashes|batters?|belts|strikes?|burns?|chokes?|throttles?|shoves?|canes?) "
       r"(?:him|her|them|the (?:\w+ )?(?:boy|girl|child|children|kids|baby|toddler)|his (?:\w+ )?" + _KIN + r"|her (?:\w+ )?" + _KIN + r"|their (?:\w+ )?" + _KIN + r"|(?:her|his|their) (?:little )?(?:boy|girl))\b" + _AGAINST, "violence:2 abuse:2"),
    # -- self-harm and suicide
    _t(r"(?:steps?|stepped|throws? (?:himself|herself|themselves)|threw (?:himself|herself|themselves)) (?:in front of|under) (?:a |an |the )?(?:oncoming )?(?:train|bus|lorry|truck|car|tram|tube)|throws? (?:himself|herself|themselves) (?:off|from)|threw (?:himself|herself|themselves) (?:off|from)|"
       r"(?:is|was|are|were) found hanging|shoots? (?:himself|herself|themselves)|shot (?:himself|herself|themselves)|sets? (?:himself|herself|themselves) (?:on fire|alight|ablaze)|self-immolat\w*|"
       r"(?:ends?|ended|ending) (?:his|her|their) (?:own )?li(?:fe|ves)|(?:tries|tried|attempts?|attempted|trying) to (?:end|take) (?:his|her|their) (?:own )?li(?:fe|ves)|"
       r"(?:takes?|took|taking) an overdose|farewell (?:letter|note)s?|walks? (?:slowly )?into the (?:sea|river|lake|ocean|waves)|walked into the (?:sea|river|lake|ocean|waves)|"
       r"jump(?:s|ed)? (?:off|from) (?:a|the) (?:bridge|roof|cliff|balcony|building|tower|multi-storey)(?! (?:onto|into|on to|of|to (?:escape|safety)|and (?:lands|swims|escapes|survives)))", "self_harm_suicide:2", weight=0.7),
    # -- mental health
    _t(r"(?:committed|sent|confined|locked up|admitted) (?:to|in) (?:an? |the )?(?:\w+ )?(?:asylum|psychiatric \w+|mental (?:hospital|institution|ward|home))|lunatic asylum|insane asylum|psych ward|"
       r"shell[- ]?shock(?:ed)?\b(?! (?:audiences|critics|viewers|fans|crowd))|combat trauma|war trauma|(?:loses|lost|losing) (?:his|her|their) (?:mind|grip on reality|sanity|hold on reality)|"
       r"(?:slides?|slid|spirals?|spiral(?:l)?ed|spiralling|spiraling|descends?|descent|sinks?|sank|sinking) into (?:madness|insanity|despair|depression|psychosis|paranoia|delusion)|"
       r"voices in (?:his|her|their) head|the voices (?:grow|get|tell|telling|return|come back)|starv(?:es|ed|ing) (?:herself|himself|themselves)|agoraphobi\w*|anxiety (?:disorder|attacks?)|social anxiety|"
       r"suicidal (?:thoughts|ideation)|(?:paranoid|psychotic) delusions|catatoni\w*|electroconvulsive|electroshock|lobotom\w*|on (?:anti-?depressants|lithium)|anti-?depressants|"
       r"(?:a |his |her |their )?(?:mental|nervous|emotional|psychotic|complete) collapse|(?:he|she|they) (?:cracks?|cracked|breaks?|broke) down completely", "mental_health:2", weight=0.6),
    # -- substances
    _t(r"(?:goes|go|went|going|is|was) on (?:a |an )?(?:\w+[- ]?){0,2}(?:binge|bender)\b(?! of (?!drinking|drugs|booze|pills|cocaine|vodka|whisky|gin))|benders?|binge(?:s|d)? on (?:vodka|gin|whisky|whiskey|booze|drink|pills|cocaine|coke|drugs|alcohol|wine)|"
       r"(?:he|she|they|addicts?|junkies?) (?:shoots?|shoot|shot) up (?:heroin|again|in (?:the|a) (?:toilet|bathroom|van|car|alley|stairwell|back|squat)|behind|before|after|together|with)|shooting up (?:heroin|again|in (?:the|a)|behind)|"
       r"(?:searching|searches|search|looking|looks|hunting|hunts) for a vein|track marks|junk(?:ie|ies)|crackheads?|smackheads?|needles? (?:in|into) (?:his|her|their|the) (?:arm|vein|veins)|dirty needles|shared needles|"
       r"high on (?:pills|drugs|meth|cocaine|coke|crack|heroin|weed|glue|something|ecstasy|acid|mushrooms|ketamine|speed|painkillers|opioids|fumes|pot|amphetamines?)|(?:got|getting|gets?|get) high\b(?! (?:marks|praise|scores?|ratings|grades|hopes|up|enough|above|on (?:life|success|the)))|"
       r"snort(?:s|ed|ing)? (?:lines|coke|cocaine|powder|a line|heroin|pills|speed|ketamine|crushed)|lines of (?:coke|cocaine|speed)|(?:pops?|popping|popped) (?:pills|painkillers|valium|uppers|downers)|pill-popping|"
       r"(?:drunk|drinks?|drinking) (?:herself|himself|themselves) (?:to death|into|to sleep|senseless|unconscious|stupid)|hits the bottle|(?:back )?on the bottle again|(?:turns?|turned|turning) to (?:the bottle|drink)|blackout drunk|(?:drink|drug)-fuell?ed|"
       r"opium|laudanum|morphine addiction|painkiller addiction|drug-?dealing|dealing drugs", "substances:2", weight=0.7),
    _t(r"sober(?:ing)? up|getting sober|(?:stays?|staying|stay) sober|newly sober|sobriety|(?:alcoholics|narcotics) anonymous|aa meetings?|twelve-step|12-step|(?:goes|went|go|going|is|was) (?:through|into|in) detox|detox (?:clinic|centre|center|ward)|booze|boozing|hard drinking|withdrawal symptoms|cold turkey", "substances:1", kind="topic", weight=0.6),
    # -- medical and reproductive
    _t(r"los(?:es|e|ing|t) the (?:baby|pregnancy)|(?:her|their) (?:second |first |third )?(?:pregnancy|baby) (?:ends|ended) in|terminat\w* (?:the |her |a )?pregnanc\w*|pregnancy (?:termination|loss)|(?:has|have|had|having|gets?|getting|through) (?:a |an )?(?:late |medical )?termination|ectopic|"
       r"(?:difficult|traumatic|premature|breech|painful|agonising|agonizing|bloody|complicated) (?:birth|labou?r|delivery)|(?:the|a|her) birth (?:scene|sequence|is shown|in full|itself)|c-section|caesarean|born prematurely|premature baby|incubator|neonatal|"
       r"(?:brain|heart|open-heart|spinal|back|hip|knee|emergency|major) surgery|biops(?:y|ies)|mastectomy|hysterectomy|ventilator|intubat\w*|on a drip|"
       r"(?:terminal|fatal|incurable|chronic|wasting|degenerative|rare|mysterious|debilitating|lingering) (?:illness|disease|condition)|(?:bubonic|black) plague|plague (?:victims|pits?|years|doctors?|outbreak|ward)|cholera|tuberculosis|typhoid|smallpox|polio|measles|ebola|sepsis|pneumonia|meningitis|"
       r"paralys(?:ed|is) (?:from the (?:waist|neck) down|after)|quadripleg\w*|parapleg\w*|(?:is|was) (?:\w+ )?diagnosed|(?:terminal|grim|devastating|cancer|bleak|fatal|life-changing|shock|sudden) diagnosis|(?:her|his|their) diagnosis\b(?! of)|"
       r"without (?:an(?:a)?esthe\w+|painkillers|pain relief)", "medical_reproductive:2", weight=0.6),
    _t(r"(?:stitch(?:es|ed|ing)|sews?|sewed|sewing|cauteri[sz](?:es|ed|ing)|dress(?:es|ed|ing)) (?:up )?(?:the|his|her|their|a) (?:\w+ )?(?:wound|gash|cut|stump)", "medical_reproductive:2 gore_injury:2", weight=0.6),
    _t(r"sars|tb|icu", "medical_reproductive:2", proper=True, weight=0.6),
    # -- animal harm: an animal as the object or the subject of a harm
    _t(r"(?:kills?|killed|killing|shoots?|shot|slaughter\w*|butcher\w*|drowns?|drowned|drowning|poisons?|poisoned|poisoning|beats?|beaten|beating|whips?|whipped|whipping|kicks?|kicked|kicking|"
       r"skins?|skinned|skinning|tortur\w*|strangl\w*|stab\w*|starv\w*|mutilat\w*|culls?|culled|culling|guts|gutted|hunts?|hunted|hunting|traps?|trapped|trapping|snares?|snared|runs? over|ran over|running over|"
       r"club\w*|bludgeon\w*|puts? down|put to sleep|euthani[sz]\w*|burns?|burned|burnt|sets? fire to|abandons?|abandoned|abus(?:es|ed|ing)|mistreat\w*|neglect(?:s|ed|ing)?|electrocut\w*|maims?|maimed|wounds?|wounded|injur(?:es|ed|ing)) "
       r"(?:the|a|an|his|her|their|its|every|all the|two|three|dozens of|hundreds of|thousands of|some|several|\w+'s) (?:\w+ ){0,2}" + _AN + _AN_END, "animal_harm:2"),
    _t(_AN + r" (?:is|are|was|were|gets?|got|being|been) (?:\w+ )?(?:put down|put to sleep|euthani[sz]ed|shot|killed|slaughtered|butchered|drowned|poisoned|beaten|whipped|kicked|run over|hit by a (?:car|truck|lorry|train|bus|tractor)|skinned|tortured|hanged|strangled|stabbed|starved|"
       r"abused|mistreated|neglected|mutilated|culled|gutted|eaten alive|burned|burnt|set on fire|crushed|hunted|trapped|snared|maimed|wounded|injured|hurt|savaged|mauled|torn apart|electrocuted|abandoned|left to die)\b"
       r"(?! (?:in|on|from|with|against|beautifully|lovingly|gorgeously|at|through|like|entirely|mostly)\b)", "animal_harm:2"),
    _t(r"(?:fox|foxes|wolf|wolves|weasel|stoat|dog|dogs|coyotes?|mink) (?:gets?|got|breaks?|broke) into the (?:hen ?house|henhouse|chicken coop|coop|chicken run|sheep pen|pen|fold|paddock|rabbit hutch|hutch|dovecote)", "animal_harm:2", weight=0.6),
    _t(r"slaughterhouses?|abattoirs?|factory farm\w*|whaling|seal (?:hunt|cull)\w*|fox ?hunt\w*|badger cull\w*|vivisection|animal (?:testing|experiments?)|roadkill|bushmeat|ivory trade|fur farms?|dog-?fighting rings?", "animal_harm:1", kind="topic", weight=0.6),
    # -- discrimination
    _t(r"because of (?:the colou?r of (?:his|her|their) skin|(?:his|her|their) (?:skin colou?r|race|ethnicity|religion|faith|caste|sexuality|sexual orientation|accent|surname|disability|nationality|gender identity|headscarf|hijab|turban))|"
       r"(?:for|because of) being (?:black|jewish|muslim|gay|lesbian|trans|transgender|queer|a woman|a girl|an immigrant|a refugee|foreign|disabled|deaf|irish|roma|a gypsy|a traveller|asian|arab|mixed-race|bisexual|catholic|a catholic|protestant|hindu|sikh|indigenous|aboriginal)|"
       r"(?:whites|blacks|men|christians|gentiles)[- ]only|colou?red[- ]only|racial(?:ly)? (?:profil\w*|abus\w*|motivated|charged|slur\w*|taunts?)|hate speech|ethnic (?:hatred|slurs?|violence|tensions?)|sectarian (?:violence|hatred|killings?|attacks?)|"
       r"prejudice (?:against|towards?)|prejudiced|discriminated against|anti-(?:immigrant|muslim|jewish|catholic|gay|black|roma|irish|chinese|asian|semitic) \w+|(?:immigrant|muslim|jewish|catholic|gay|black|roma|irish|chinese|asian) (?:slurs?|taunts?)|persecut(?:ed|ion|es|ing) (?:for|of|because)|"
       r"(?:casual|open|vicious|virulent|small-town|everyday|institutional|systemic) (?:racism|bigotry|sexism|homophobia|prejudice)|red-?lining|second-class citizens?|(?:queer|gay)-?bashing|conversion therapy", "discrimination:2", weight=0.7),
    # -- captivity
    _t(r"(?:taken|kept|held|seized) (?:as )?(?:prisoner|captive|hostage)s?|held against (?:her|his|their) wills?|kept against (?:her|his|their) wills?|prisoners? of war|p\.?o\.?w\.? camps?|gulags?|penal colon(?:y|ies)|(?:sold|sells?|selling) (?:\w+ )?into (?:slavery|servitude|bondage|prostitution|marriage)|servitude|"
       r"in (?:chains|shackles|irons|leg-irons|manacles)(?! of)|shackled|manacled|chained (?:in|inside|like|to a|to the|up)|(?:kept|keeps?|keeping|locked|locks?|locking|held|holds?|imprisoned|imprisons?|caged) (?:(?:him|her|them|the \w+|his \w+|her \w+|their \w+) )?(?:up )?(?:in|inside) (?:a|the|his|her|their|an) (?:\w+ )?(?:room|cell|shed|barn|box|cage|container|hold|tower|garage|outhouse|bunker|pit|crate|van|trunk|boot|cellar|basement|attic|cupboard|dungeon|hole)|"
       r"(?:is|was|are|were|gets|got|been|being) (?:snatched|grabbed|taken|seized|dragged) (?:from|off|outside) (?:a|the|her|his|their) (?:street|bus stop|playground|park|bed|home|school|road|car park|beach|garden|pram|cot|crib|front door|doorstep)|bundled into (?:a|the|an) (?:\w+ )?(?:van|car|boot|truck|lorry)|"
       r"captive|caged (?:in|inside|up|for)|(?:under|on) house arrest|press-?ganged|shanghaied|slave (?:ship|trade|market|auction|owner|quarters|labou?r)|forced (?:to work|labou?r|marriage)|forced into (?:marriage|prostitution|slavery|servitude|labou?r)|"
       r"(?:is|are|was|were) (?:\w+ )?(?:jailed|locked up) (?:and|for|without)|detention (?:centre|center|camp)s?", "captivity:2", weight=0.6),
    # -- sexual content
    _t(r"full[- ]frontal|strip(?:s|ped)? (?:off|naked|for (?:him|her|them)|down to)|stripping (?:off|for)|striptease|strip club|strippers?|lap ?dances?|skinny[- ]dipping|undress(?:es|ed|ing)? (?:each other|for|in front)|"
       r"(?:has|have|had|having) sex|sexual (?:relationship|affair|encounter)s?|one-night stands?|threesomes?|bondage(?! labour)|x-rated|sexually charged|foreplay|intercourse|genitals?|"
       r"(?:affair|romance|relationship|encounter|tryst|liaison|coupling|night together|lovemaking)s? (?:\w+ ){0,4}(?:in explicit detail|explicitly|graphically|in graphic detail|on screen in detail)|"
       r"(?:sleeps?|slept|sleeping) with (?:her|him|each other|his (?:best friend|boss|wife|brother|sister|teacher|student|secretary|neighbou?r|colleague|friend)(?:'s \w+)?|her (?:boss|husband|best friend|teacher|student|neighbou?r|colleague|sister|friend)(?:'s \w+)?|a (?:stranger|colleague|married \w+|student|client|prostitute))\b(?! (?:one eye|a knife|the light|a gun|the window))", "sexual_content:2", weight=0.6),
    _t(r"porn\w*|prostitut\w*|brothels?|sex work\w*|escorts?\b(?= (?:service|agency|work))|sexual (?:tension|awakening)", "sexual_content:1", kind="topic", weight=0.5),
    # -- frightening
    _t(r"genuinely (?:chilling|unsettling|eerie|creepy|frightening|scary|terrifying|disturbing|spooky|nightmarish|upsetting|horrifying)|(?:pure|sheer|abject|primal|mounting|creeping|real|genuine|absolute|paralysing|paralyzing) (?:terror|dread|fear|panic)|"
       r"(?:faceless|hooded|shadowy|cloaked) (?:figures?|intruders?|strangers?|entit(?:y|ies)|presences?|creatures?|killers?|men|man)|masked (?:intruders?|killers?|figures?|strangers?)|(?:a|the) (?:figure|presence|entity|creature|shape) (?:stands|waits|lurks|watches|crawls|breathes|scratches|whispers|is watching)|"
       r"something (?:scratches|scrapes|crawls|breathes|lurks|knocks|whispers|is watching|watches|is living)|(?:stands?|standing) at the (?:end|foot) of (?:the|her|his|their) bed|home invasion|"
       r"(?:thing|something|creature|monster|figure|presence|hand|voice)s? (?:\w+ ){0,2}under the bed|(?:whispering|crawling|breathing|scratching|lurking|watching|grinning) (?:things?|shapes?|figures?|presences?)|kept me up at night|(?:sleep|slept|sleeping) with the lights? on|"
       r"shadows (?:\w+ ){0,5}move|(?:moves?|moved|moving|open|opens|close|closes|slam|slams|turns?|turned|turning|rocks?|rocking|swings?|swinging|rings?|ringing|flickers?|switch(?:es)? on) (?:on (?:its|their) own|by (?:itself|themselves))(?! (?:terms|merits|two feet|right|steam|account))|(?:the house|the walls) (?:itself |themselves )?(?:seems? to |seem to )?breathes?|"
       r"(?:the|a) hauntings? (?:gets?|begins?|starts?|grows?|escalates?|intensif\w*|worsens?|continues?|becomes?|of (?:the|a|an|their|his|her))|haunted (?:house|mansion|hotel|asylum|ship|forest|woods|doll|mirror|by (?:a|the) (?:ghost|spirit|presence|demon|entity|dead))|"
       r"(?:the|a) ghosts? (?:of a (?:drowned|dead|murdered|missing) \w+|appears?|haunts?|stalks?|attacks?|walks?|wanders?|screams?|whispers?|torments?|terrori[sz]es?|returns?)|poltergeists?|apparitions?|malevolent|the undead|jump out of (?:your|my) (?:seat|skin)|made me jump|"
       r"bloodcurdling|blood-curdling|terrori[sz]ed by|hunted by (?:a|an|the) (?:creature|monster|thing|killer|beast|entity)", "frightening:2", weight=0.6),
    _t(r"chilling|eerie|spooky|spine-tingling|hair-raising|unnerving|ghost stor(?:y|ies)|zombies?|vampires?|werewol(?:f|ves)|terror|intruders?", "frightening:1", kind="genre", weight=0.5),
]

FIGURATIVE_EXTRA: list[str] = [
    r"beat(?:s|ing|en)? (?:the |a |every )?(?:final |last |first |end |level |big |tough |hard )?(?:boss(?:es)?|level|game|stage|high score|heat|rush|traffic|deadline|system|house|bookies|market)",
    r"funeral (?:for|of) (?:the |an? )?(?:old ways|era|genre|franchise|(?:his|her|their|its) (?:career|dreams?|hopes?|ambitions?|youth|innocence))|(?:career|box[- ]office|franchise) funeral",
    r"dying to \w+|dying for (?:a|an|some) \w+|(?:would|could) die for",
    r"breakdown (?:of|in) (?:the )?(?:costs?|figures|numbers|data|budget|communication|talks|negotiations|plot|story|logic|structure|marriage|relationship|family)|"
    r"(?:plot|story|pacing|narrative|logic|tonal|structural|communication|marriage|relationship|family|car|engine|van|bus|machine|track-by-track|scene-by-scene|chapter-by-chapter|cost|budget)s? breakdowns?|"
    r"(?:pacing|plot|script|story|structure|logic|narrative|film|second act|third act|middle act|final act|tone|engine|car|van|bus) (?:\w+ ){0,2}(?:suffers|has|undergoes|goes through) a (?:\w+ )?breakdown|breakdown (?:lane|truck|service|cover)",
    r"(?:a bit |somewhat |rather |tonally |a little |almost )?(?:bipolar|schizophrenic) (?:in tone|tonally|tone|script|pacing|editing|film|structure|plot|mix|energy)|tonally (?:bipolar|schizophrenic)|(?:a bit |somewhat |rather |almost )(?:bipolar|schizophrenic)|"
    r"paranoi\w* (?:thrillers?|conspiracy|seventies|style|cinema)|(?:i'm|i am|i was|i felt) (?:a bit |so |slightly |a little )?(?:ocd|paranoid|depressed|traumati[sz]ed)\b",
    r"hold(?:s|ing)? (?:the audience|audiences|viewers|readers|us|you|me|the reader|the viewer|its audience) (?:\w+ )?hostage|hostage to (?:fortune|its|the|their|his|her)|(?:held|holds) hostage by (?:the|its|a) (?:plot|script|genre|formula|format|franchise|studio)",
    r"slaves? (?:to|of) (?:the|his|her|their|its|fashion|love|habit|routine|rhythm|convention|formula|genre|plot|ambition|duty)",
    r"prejudice (?:for|in favou?r of)|without prejudice",
    r"high (?:marks|praise|scores?|ratings|grades|hopes|expectations|standards|spirits|notes?)",
    r"(?:shoots?|shot|shooting) (?:\w+ )?(?:a |an |the )?(?:glance|look|glare|smile|grin|question|reply|message|email|text|retort)s?|shoots? (?:himself|herself|themselves|itself) in the foot|shot (?:himself|herself|itself) in the foot",
    r"(?:addicted|addiction) to (?:\w+ ){0,2}(?:crosswords|puzzles|chess|sudoku|coffee|tea|chocolate|cake|gossip|drama|work|running|knitting|baking|shopping|the internet|tv|television|reality tv|true crime|social media|his phone|her phone|their phones)",
    r"chilling (?:reminder|effect|relevance|prescience|accuracy|parallels?|echo|resonance|timeliness)|chillingly (?:relevant|accurate|plausible|prescient|timely|real|familiar|topical|good)|eerily (?:accurate|prescient|relevant|similar|familiar|timely|beautiful|quiet|calm|lovely|still|apt)|"
    r"(?:spine|hair)[- ](?:tingling|raising) (?:vocals?|voice|performance|harmonies|chorus|finale|score|climax|stunts?|action|car chase|chase|race|solo|aria|high notes?)|(?:an? )?eerie (?:beauty|calm|stillness|quiet|silence|similarity|resemblance|likeness|prescience)",
    r"(?:terror|terrors) of the (?:dance ?floor|playground|high seas|kitchen|office|neighbourhood)|little terrors?|holy terror|tiny terrors?|war on terror|(?:her|his|their|my|a|an) (?:\w+ )?terror of|intruder alarms?",
    r"beat(?:s|ing|en)? (?:\w+ ){1,3}(?:at|in) (?:chess|cards|tennis|golf|poker|scrabble|the game|every game|arm-wrestling|a race|the race|running|swimming|draughts|checkers|monopoly|darts|pool|snooker|ping-pong|table tennis|the polls|the vote|an election|the election)",
    r"kick(?:s|ed|ing)? (?:the|a|his|her|their) (?:ball|can|bucket|habit|football|tyres|tires|door open)|kick(?:s|ed|ing)? (?:off|back)",
    r"(?:food|misery|disaster|grief|poverty|trauma|car|gun|ruin|real estate|property|nostalgia|architecture|book|design|tech|gear|weather|cloud|cabin|earth) porn",
    r"(?:binge|binges|binged|binging|bingeing)[- ](?:watch\w*|read\w*|worthy|able|listen\w*|play\w*)|binge ?(?:watch|read|session|worthy)|(?:a |on a )?binge of (?!drinking|drugs|booze|pills|cocaine)\w+",
    r"captive (?:audience|market|readers?|viewers?|crowd)s?|captivat\w*",
    r"(?:bear|bears) (?:the|its|his|her|their|a|an|no|any|little|some) (?:\w+ ){0,2}(?:hallmarks?|marks?|scars|weight|brunt|burden|fruit|resemblance|traces?|signs?|comparison|repeating|mention|witness|responsibility)",
    r"(?:dog|horse|cat|pig|donkey|goat) (?:steals|stole|stealing) (?:every|the) (?:scene|show)|scene-stealing",
    r"(?:is|are|was|were) (?:\w+ )?(?:shot|filmed|photographed|captured) (?:\w+ )?(?:in (?:\w+ )?(?:black|colou?r|slow motion|close-ups?|sepia|monochrome|long shot|wide shot|silhouette|profile|soft focus)|on (?:film|location|16mm|35mm)|with (?:real )?(?:tenderness|affection|care|flair|grace))",
    r"curiosity killed the cat|kill(?:s|ed|ing)? two birds with one stone|shooting fish in a barrel|(?:lets?|letting) the cat out of the bag|skin a cat|bigger fish to fry|the goose that lays|(?:like )?a (?:bull|bear) in a china shop|take the bull by the horns|"
    r"(?:like )?a (?:deer|rabbit) (?:caught )?in (?:the )?headlights|(?:sitting|sitting) duck|dead duck|lame duck|cash cow|sacred cows?|holy cow|pet (?:project|theory|peeve|subject|cause)s?",
    r"(?:farewell|goodbye|love) (?:letter|note|message) to (?:the |his |her |its |their |an? )?(?:\w+ )?(?:fans|city|cinema|hollywood|genre|franchise|audience|series|character|career|readers|music|art|youth|era|decade|industry|stage|theatre|theater|form|medium|films?|movies?|books?|novels?|town|country)",
    r"(?:critics|reviewers|the press) (?:knifed|savaged|stoned|bludgeoned)|(?:kicked|knocked|thrown) (?:out of|off) (?:the )?(?:competition|contest|tournament|show|band|team|league|race)",
    r"(?:a |the |her |his )?birth of (?:a|an|the) (?:nation|movement|genre|era|new|star|idea|franchise|scene|style)",
    r"(?:the|a|its|their) (?:\w+ )?(?:marriage|relationship|romance|friendship|film|plot|story|joke|premise|idea|novel|book|series|show|franchise|career|tension|charm|magic|humou?r|mystery|twist|energy|momentum|spark|chemistry|pacing|suspense|business|company|band|partnership|alliance|truce|peace|deal|theory|plan|love|affair|engagement|adaptation|sequel|format|gimmick|conceit)s? (?:\w+ ){0,3}(?:does not|doesn't|did not|didn't|won't|will not|would not|fails? to|failed to|never) (?:survive|make it)\b",
]


# Profanity in the review's own words (not reports that a film has swearing).
PROFANITY: list[tuple[str, int]] = [
    (r"(?:mother)?fuck\w*|wtf|cunts?|twats?", 2),
    (r"(?:bull)?shit\w*|bastards?|bitch\w*|arse(?:hole)?s?|ass(?:hole)?s|asshole|dick(?:head)?s?|bollocks|wankers?|pricks?", 2),
    (r"damn(?:ed|it)?|goddamn\w*|crap(?:py)?|pissed|piss|(?:oh|what the|bloody|go to) hell", 1),
    (r"f\*+k?|s\*+t|f-+ing", 1),
]

# Idioms and figures of speech masked before any matching.
FIGURATIVE: list[str] = [
    r"killer (?:[a-z-]+ ){0,2}(?:combination|combo|mix|blend|formula|duo|pairing|double act|line-?up|playlist|outfit|wardrobe|dialogue|script|one-liners?|wit|soundtrack|score|comedy|cast|app|song|tune|tracks?|riff|opening|closer|ending|twist|lines?|look|performance|instinct|combo|hook|chorus|smile|dance|moves|set|deal|view|heels|cocktail|recipe|finale|feature|game|sequence|premise|concept|chops|vocals?|beat|bass ?line)",
    r"(?:soundtrack|score|music|song|cast|track|ending|twist|finale|opening|line|chorus|hook) (?:is|was) (?:a |an absolute |a real )?killer",
    r"(?:is|are|was|were) a killer\.?$",
    r"bloody (?:brilliant|good|great|marvell?ous|awful|hell|well|mess|amazing|fantastic|lovely|terrible|ridiculous|hilarious|funny|long|annoying|excellent|clever|superb|perfect|boring|dull|wonderful|beautiful|nightmare)",
    r"(?:plot|story|storyline|pacing|momentum|film|movie|subplot|thread|tension|energy|jokes?|romance|franchise|series|career|show|book|narrative|suspense|interest|mood|premise|idea|chemistry|act|second half|first half|middle|spark|fun|comedy|drama|mystery)\b[^.,;]{0,25}?\b(?:dies a (?:\w+ )?death|died a (?:\w+ )?death|dies|died|is dead|was dead|dead in the water)",
    r"dies a (?:slow|quiet|natural|painful|swift|quick|merciful|lingering) death",
    r"death by a thousand cuts|slow death by|(?:a|the) slow death(?! of)|death knell|death of the (?:author|novel|cinema|movie star|sitcom)",
    r"explosive (?:chemistry|performance|finale|energy|climax|opening|start|debut|chorus|dance|number|choreography|start|ending|reveal|soundtrack)",
    r"(?:chemistry|choreography|energy|performance|finale|climax|soundtrack|dance|number|pace|pacing|opening|ending) (?:is|was|are|feels|felt) explosive",
    r"shot (?:on|in) (?:\d+ ?mm|film|digital|black and white|black-and-white|colou?r|location|widescreen|anamorphic|imax|16mm|35mm|70mm|super 8|an iphone|a phone|sepia|one take|a single take|long takes?|monochrome|the round)",
    r"(?:beautifully|well|gorgeously|handsomely|stunningly|lovingly|expertly|crisply|cleanly|poorly|badly|sumptuously|elegantly|lushly) shot",
    r"(?:tracking|establishing|opening|closing|final|wide|long|single|overhead|drone|crane|reaction|money) shots?|shot (?:by|through|for|like|composition|list)|shot-for-shot|(?:big|long|hot) shot|a shot at|shot of (?:the|a|his|her)",
    r"(?:the |its |flawless |impeccable |sloppy |clumsy |perfect |masterful |solid |strong |weak |poor |tight |technical |assured |confident |precise |polished )execution\b[^.;]{0,40}\b(?:flawless|impeccable|superb|sloppy|clumsy|perfect|assured|confident|masterful|shaky|uneven|poor|weak|strong|solid|lacking|falters|stumbles|fails)\w*",
    r"(?:flawless|impeccable|sloppy|clumsy|perfect|masterful|solid|strong|weak|poor|tight|technical|assured|confident|precise|polished) execution(?: of (?:this|the|its|her|his|their|a)\b)?",
    r"execution of (?:this|the|its|her|his|their) (?!prisoner|hostage|man|woman|king|queen|soldiers?|rebels?|traitor)",
    r"in (?:its|the|their) execution",
    r"(?:was|is|proved|a) (?:a )?(?:massacre|bloodbath|carnage|bomb) (?:at|for) (?:the )?(?:box[- ]office|critics|reviews|ratings|cinemas?|oscars)|box[- ]office (?:massacre|bloodbath|carnage|bomb|death|suicide|poison)",
    r"(?:jokes|gags|punchlines|one-liners|comedy|comedian|set|lines|banter|physical comedy|concert|show|gig|performance|finale|number|song|album|cast|band|crowd) (?:really |absolutely |still |all |totally )?kill(?:s|ed)?",
    r"(?:absolutely |totally |really |truly )?(?:kills|killed|killing|kill) it|kill(?:s|ed|ing)? time|killjoy|to kill for|dressed to kill|overkill",
    r"kill(?:s|ed|ing)? (?:the|any|all|my|our|its|their|his|her) (?:suspense|mood|momentum|tension|buzz|vibe|fun|pacing|surprise|magic|joke|jokes|interest|romance|franchise|series|chemistry|energy|excitement|enthusiasm|twist|pace|story|film|show|buzz)",
    r"drop[- ]dead (?:gorgeous|funny|beautiful|stunning|handsome|brilliant|sexy|cool|hilarious)",
    r"(?:dying|died|die|dead) (?:of|with|from) (?:laughter|laughing|embarrassment|boredom|curiosity|envy|excitement|cuteness)|(?:died|dying|die) laughing|dying to (?:see|read|watch|know|play|hear|find)|to die for|(?:i|we) (?:almost |nearly |practically |literally )?died",
    r"dead (?:ringer|serious|centre|center|on|heat|end|air|pan|weight|certain|giveaway|wrong|right|tired|easy|simple|eyes|behind|last|silent|still|of (?:night|winter))|dead-on|deadpan|deadline|the dead of (?:night|winter)|flogging a dead horse|beating a dead horse|dead horse|deader than|dead on arrival|dead-eyed",
    r"(?:torture|torturous|tortuous) to (?:sit|watch|read|get|play|endure|listen|finish)|(?:sheer|pure|absolute|utter|exquisite) torture|torturous|tortured (?:artist|genius|soul|souls|performance|metaphor|logic|syntax|puns?|prose|relationship|dialogue|plot|plotting|romance|hero|poet|antihero)",
    r"(?:absolutely |totally |really |simply )?slays|slayed",
    r"murder(?:s|ed|ing)? (?:that|the|this|her|his|their|every|each) (?:\w+ ){0,2}(?:number|solo|song|karaoke|ballad|aria|tune|cover|track|set|role|part|routine|chorus|verse|performance|dance floor|high notes?|accent)",
    r"(?:tore|torn|tear|tearing|rip|ripped|ripping|tears) (?:\w+ ){0,3}to shreds|torn apart by (?:critics|reviewers)|savag(?:ed|es|ing) by (?:critics|reviewers)|critics (?:savaged|slaughtered|crucified|murdered|butchered|massacred|killed)",
    r"(?:take|takes|took|taking|have|had|has|having|make|made|makes) a (?:\w+ )?stab at",
    r"punch to the gut|gut[- ]punch\w*|packs? a punch|emotional punch|punch above|punchlines?|punchy|sucker[- ]punch|one-two punch|pulls? (?:no|its|any) punches|beats? (?:the|all) (?:odds|record|competition|clock)|heartbeat|drumbeat|beat[- ]for[- ]beat|upbeat|offbeat|downbeat",
    r"cut-?throat",
    r"(?:the )?(?:studio|film|movie|sequel|it|show|album|book|game|franchise|series) bombed|bombed (?:at|with) (?:the )?(?:box office|critics|audiences)|(?:was|is) a (?:box[- ]office )?bomb|bombshell|bombastic|photobomb\w*|the bomb\b",
    r"drunk (?:on|with) (?:their|its|his|her|its own|power|love|success|nostalgia|ambition|the)|punch-drunk|intoxicating",
    r"addicted to (?:this|the|these|that|it|his|her|their) (?:show|game|series|book|podcast|puzzles?|sitcom|levels?|soundtrack|app|novel|books)|addictive",
    r"overdos\w* on (?:charm|sugar|sentiment|nostalgia|whimsy|cuteness|cgi|exposition|style|quirk\w*|sweetness|cheese|melodrama|twee)",
    r"(?:scar|terrif|frighten|horrif)\w*ly (?:good|talented|accurate|funny|smart|clever|real|relevant|prescient|well|young|precise|fast|effective)|scary good",
    r"(?:logistical|production|pr|scheduling|continuity|marketing|editing) nightmare|nightmare (?:to|for) (?:watch|sit through|read|play|edit|the (?:cast|crew|studio|editor|producers))|(?:gave|give|gives|giving) (?:me|you|us) (?:a )?(?:heart attack|nightmares about the (?:plot|dialogue))",
    r"suicide (?:mission|squad|run|doors?|pass|jump)|career suicide|commercial suicide",
    r"(?:blood|gore|violence|swearing|drug|scare|jump-scare)[- ]free|bloodless",
    r"(?:bad|first|new|fresh|young|royal|blue) blood|blood (?:orange|relatives?|brothers?|sugar|pressure|moon|type|sport|lines?)|bloodline|bloodhound|lifeblood|blood,? sweat and tears",
    r"good grief|grief-stricken box office",
    r"battle of (?:wits|the bands|the sexes|wills)|war of words|price war|(?:culture|bidding|format|console|streaming) wars?",
    r"(?:a )?(?:bit of a |total |absolute |complete |real )?car crash(?! (?:victim|kills|killed))(?= (?:of a|but|,|\.))",
    r"(?:shell|shells) (?:out|of (?:a|his|her|its) (?:former )?self)|seashells?|shell[- ]shocked? (?:audiences|critics|viewers)",
    r"(?:hurt|injure|wound|kill|murder)(?:s|ed)? (?:my|his|her|their|its|the) (?:feelings|pride|ego|chances|reputation|credibility|box office)",
    r"(?:knock|knocks|knocked) (?:it )?out of the park|knockout|knock-out|knocks? (?:you|me|us) out",
    r"(?:heart|spine|blood)[- ](?:stopping|chilling|curdling|pumping|racing) (?:score|thriller|performance|finale|suspense)|heart-stopping|spine-chilling|edge-of-your-seat",
    r"(?:an? )?(?:absolute |total |complete |comic |real )?riot",
    r"(?:jaw|eye)[- ](?:dropping|popping|watering)|jaw-dropper",
    r"(?:screams|screamed|screaming) (?:quality|class|money|style|sequel|nineties|eighties|budget)",
    r"(?:stab|stabs|stabbed) (?:in the dark)|(?:twist|twists) the knife|(?:under|go|goes|went) under the knife",
    r"(?:dying|dead|death) (?:art|breed|genre|format|medium)",
    r"(?:make|makes|made|making) a killing|killing (?:it|time)",
    r"kill(?:s|ed|ing)? (?:the|a|an|their|his|her) (?:internet|lights|engine|power|music|noise|deal|bill|project|idea|plan|app|wi-?fi|signal|conversation|rumou?r|story)\b",
    r"(?:massacre|slaughter|bloodbath|carnage|butchery|murder) of (?:clich[eé]s|the english language|grammar|logic|taste|good taste|the source material|the material|talent|the (?:novel|book|play|score|songs?))",
    r"(?:takes?|took|taking|makes?|made) (?:a few |several |some |many |two |three )?stabs at",
    r"(?:absolutely |totally |really |just |nearly |almost |literally )?(?:killed|kills|slayed|destroyed|murdered) me\b",
    r"(?:could|would|might) (?:kill|murder) (?:a |an )?(?:houseplant|plant|horse|conversation|mood|party|fly|cat)|looks? (?:that|which) could kill|if looks could kill",
    r"(?:absolutely |really |totally )?(?:murders|murdered|butchers|butchered|slaughters|slaughtered|massacres|massacred|kills|killed|destroys|destroyed) (?:its|the|their|his|her) (?:ending|finale|source|novel|book|adaptation|competition|opposition|charts|box office|best chapter|material|reputation|legacy)\w*|butchers? (?:the|its) (?:\w+'s )?(?:best|source|original|novel|book|story|material|chapter|dialogue|plot)\w*",
    r"(?:film|movie|series|scene|episode|it|sequence|documentary|picture|show|video|pilot|season|footage|finale) (?:was|is|were|are) (?:\w+ )?shot",
    r"horror (?:fans|buffs|aficionados|hounds|junkies|devotees)|fans of horror",
    r"criminally (?:underused|underrated|overlooked|short|good|funny|neglected|ignored)",
]

# Hypotheticals: a match inside these (expectations, wishes) is not content.
HYPOTHETICAL = [
    r"\bif (?:you|you're|you are|viewers|readers|anyone|parents|players)\b[^;:]{0,30}?\b(?:expect|want|hop|look|came|come|crave|seek|after|like|prefer)\w*",
    r"\b(?:hoping|looking|expecting|craving|searching|seeking|wanting|longing) (?:for )?",
    r"\bthose (?:who |that )?(?:want|came|come|expect|hope|crave|seek|prefer)\w*",
    r"\b(?:came|come|here) for\b",
    r"\bshould you (?:want|need|expect|crave|seek|be after)\b",
    r"\b(?:anyone|fans|viewers|readers|audiences|gamers|players) (?:expecting|wanting|hoping|looking|after)\b",
]

# Negators that take the next noun phrase ("no gore", "without any violence").
NEG_DETERMINER = (
    r"\b(?:no|zero|without|free of|free from|devoid of|lack of|lacks|lacking|absence of|not a single|not one|not a drop of|"
    r"nothing|none of the|nor|neither|spares us|spared|avoids|resists|resisted|declines to|refuses to|steers clear of|instead of|short on|light on)\b"
)
# Pronoun negators that take a short verb phrase ("nobody dies").
NEG_PRONOUN = r"\b(?:nobody|no one|no-one|none|nothing|no animals?|no children|no people)\b"
# Verbal negators ("never shows the attack", "isn't violent").
NEG_VERBAL = r"(?:\bnever\b|\bnot\b|n't\b|\bhardly\b|\bnowhere\b)"

NEG_FILLER = frozenset(
    "a an the any single real actual on-screen onscreen onscreen explicit graphic gratuitous much more or and nor "
    "its of sign signs trace hint mention scenes scene depicted shown of, remotely particularly very too overly at all "
    "really that this especially graphically even is are was were gets get got ever seriously truly actually harmed hurt "
    "one ones kind sort other further serious real, it's there's drop ounce shred speck bit showing depicting dwelling "
    "lingering on in".split()
)
DEPICT_VERBS = frozenset(
    "show shows showed shown depict depicts depicted see sees saw seen feature features featured include includes "
    "included contain contains contained dwell dwells linger lingers put puts get gets become becomes turn turns is "
    "are was were be been go goes describe describes described mention mentions mentioned stray strays veer veers descend descends resort resorts rely relies need needs "
    "indulge indulges involve involves".split()
)

# Softeners: the harm is named or alluded to (severity 1).
ALLUSION = (
    r"\b(?:hint(?:s|ed|ing)?|allud\w*|allusions?|implied|implies|implication|off[- ]?screen|in passing|passing mention|mention(?:s|ed)?|"
    r"referenc(?:e|es|ed)|backstory|briefly|brief|glimpsed|suggested|suggests|suggest|to (?:our|the) imagination|discreetly|rumou?r(?:s|ed)?|"
    r"(?:in|from) (?:his|her|their|the) past|'s past|a past|(?:ever )?since (?:his|her|their|the) \w+(?:'s)? (?:died|death|passed away|was killed))\b"
)

# Theme words: a named topic is made a subject (severity 2).
THEME = (
    r"\b(?:about|deals? (?:frankly |honestly |openly )?with|dealing with|explores?|exploring|depicts?|depicting|depiction|portrait of|"
    r"portrays?|portrayal|portrayed|confronts?|centres? on|centers? on|scenes? of|shows|shown|contains?|includes?|"
    r"full of|plenty of|a lot of|lots of|focus(?:es)? on|tackles?|storyline|story of|heart of|themes? of|frank\w*|graphic|"
    r"on screen|onscreen|on-screen|relentless|meditation on|study of|elegy|reckoning with|grapples? with|examination of|at heart|handles?|handled|treats?|treated|captures?|captured)\b"
)

INTENSIFIERS = (
    r"\b(?:brutal(?:ly)?|brutality|savage(?:ly)?|vicious(?:ly)?|horrific(?:ally)?|horrifying|gruesome|harrowing|graphic(?:ally)?|"
    r"explicit(?:ly)?|relentless(?:ly)?|badly|severe(?:ly)?|sadistic|merciless(?:ly)?|grisly|visceral|shocking(?:ly)?|"
    r"unflinching(?:ly)?|agoni[sz]ing|excruciating)\b"
)

# Sensory or anatomical detail (one point each).
DETAIL = (
    r"\b(?:blood|bloodied|bloody|bleeding|bleeds|wounds?|flesh|bones?|skull|ribcage|ribs|cartilage|entrails|guts|intestines|organs|"
    r"limbs?|stomach|belly|chest|throat|jaw|teeth|eyes|skin|veins?|needle|razor|head|hair|mouth|hands?|neck|spine|brains?|"
    r"screams?|screaming|screamed|shriek\w*|gasps?|gasping|chok(?:es|ing|ed)|sobs|sobbing|whimper\w*|groan\w*|vomit\w*|sweat|"
    r"we hear|cracks?|cracking|snaps?|snapping|pool(?:s|ing)?|spray|spurt\w*|slick|splatter\w*|gush\w*|breathing|moan\w*|filthy|"
    r"stench|rotting|charred|bruises?|bruised|bloated|maggots|mangled|crushed|torn|shattered|severed|body|bodies|ankle|flank|"
    r"collapsed|curled|still alive|alive|smell|smells|swollen|blackened|dangling|fingers|navel|eyeballs?)\b|\b(?:his|her) back\b"
)

# Dwelling on it (two points: on its own enough for "graphic").
DWELLING = (
    r"\b(?:(?:the )?camera (?:lingers|holds|stays|dwells|watches|zooms)|lingers on|lingering (?:shot|close-up|look|camera)|dwells on|"
    r"close-ups?|in (?:graphic|unsparing|gruesome|loving|excruciating|explicit|lurid|full|vivid|grisly|intimate|clinical|painful|"
    r"unflinching|forensic|exhaustive)? ?detail|shown in full|(?:holds|stays) on (?:it|him|her|them)|stays (?:close|with)|we see every|(?:unbearable|uncomfortable|excruciating|suffocating) closeness|up close|"
    r"(?:does not|doesn't|never|won't|refuses to) (?:look|cut|turn) away|we watch (?:as|him|her|them|every)|"
    r"for (?:several |long |agonising |agonizing )?minutes|every (?:detail|moment|second|blow|wound))"
)

CHILD = (
    r"\b(?:child|children|kids?|toddlers?|infants?|bab(?:y|ies)|newborns?|boys?|girls?|teenagers?|teens?|teenage|"
    r"schoolboys?|schoolgirls?|orphans?|orphanage|minors?|pupils?|schoolchildren|(?:little|young|small|baby|infant|teenage) "
    r"(?:son|daughter|brother|sister|boy|girl)|(?:[2-9]|1[0-7]|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen)-year-olds?)\b"
)

# Harm that needs no other match when a child is the subject ("a baby is left alone").
CHILD_RISK = (
    r"\b(?:bull(?:y|ied|ies|ying)|left alone|abandon\w*|neglect\w*|thrown out|(?:goes|went|go) missing|disappear\w*|"
    r"starv\w*|smacked|locked (?:in|up)|taken into care|school shootings?|(?:struck|hit|knocked down|run over) by a (?:car|bus|truck|lorry|train|van|tractor|taxi|motorbike)|"
    r"go(?:es)? hungry|went hungry|malnourish\w*|underfed|child labou?r|sweatshops?|worked (?:to|until) (?:exhaustion|death|the bone|they drop)|"
    r"caned|thrashed|belted|whipped(?! cream)|shaken baby|snatched|left (?:in|out in) (?:a |the )?(?:freezing|hot|locked|cold|snow|rain|car|woods|forest)|"
    r"exploited|mistreat\w*|maltreat\w*|child marriage|married off|child soldiers?|sold (?:to|into|off)|unattended|"
    r"taunt(?:s|ed|ing)? (?:him|her|them)|picked on|tormented)\b"
)

ANIMAL = (
    r"\b(?:animals?|dogs?|puppy|puppies|cats?|kittens?|horses?|ponies|pony|seals?|elk|deer|wol(?:f|ves)|" + _BEAR + r"|calf|calves|"
    r"cows?|pigs?|sheep|lambs?|birds?|foxes|fox|rabbits?|hares?|whales?|dolphins?|elephants?|lions?|tigers?|monkeys?|"
    r"apes?|chimps?|goats?|chickens?|hens?|ducks?|fish|pets?|livestock|cattle|mare|stallion|foal)\b"
)
# Harm verbs that make an animal a victim (with the usual lexicon matches).
ANIMAL_HARM = (
    r"\b(?:hurt|harmed|injured|club(?:s|bed|bing)?|hunt(?:s|ed|ing|ers)?|brings? down|tear(?:s|ing)? into|torn apart|"
    r"slaughter\w*|put down|abused|mistreated|neglected|starv\w*|culled|culling|skinned|suffers?|suffering|shoots?|shot|drowned|drowns)\b"
)

REAL_EVENT = (
    r"\b(?:documentar(?:y|ies)|true story|true-crime|true crime|based on (?:real|true) events|real footage|archive footage|"
    r"phone footage|survivors?|eyewitness\w*|testimon(?:y|ies)|memoir|real-life|in real life|actual events)\b"
)


FIGURATIVE += FIGURATIVE_EXTRA

# ------------------------------------------------ co-occurrence cues (rules)

# Discrimination without a keyword: a mistreatment plus its reason being who
# the victim is ("refuses to rent to them because they are Irish").
IDENTITY_WORDS = (
    r"(?:black|white|jewish|a jew|jews|muslims?|a muslim|sikhs?|a sikh|hindus?|a hindu|catholics?|a catholic|protestants?|"
    r"gay|lesbian|bisexual|trans|transgender|queer|a woman|women|a girl|girls|immigrants?|an immigrant|refugees?|a refugee|"
    r"foreign|foreigners?|a foreigner|disabled|deaf|blind|roma|romani|gypsies|a gypsy|travellers|a traveller|asian|arab|"
    r"arabs|mixed-race|indigenous|aboriginal|native|poor|working[- ]class|irish|polish|chinese|japanese|mexican|african|"
    r"indian|pakistani|nigerian|jamaican|italian|kurdish|turkish|syrian|korean|vietnamese|filipino|latino|latina|hispanic|"
    r"a (?:\w+ )?(?:immigrant|refugee|migrant|foreigner|jew|muslim|catholic|woman|gypsy|traveller))"
)
IDENTITY_CAUSE = (
    r"\bbecause (?:he|she|they|we|i|his family|her family|their family)(?:'s|'re|'m| is| are| was| were| am) " + IDENTITY_WORDS + r"\b|"
    r"\bbecause (?:he|she|they) (?:wears?|wore|prays?|prayed|speaks?|spoke|loves?|loved|kissed|kisses|married|marries|"
    r"worships?|worshipped) (?:a |an |another |in )?(?:headscarf|hijab|turban|kippah|yarmulke|veil|burqa|niqab|man|woman|"
    r"girl|boy|arabic|yiddish|urdu|polish|the mosque|the synagogue|the temple|church)\b|"
    r"\bbecause of (?:where (?:he|she|they) (?:comes?|came) from|(?:his|her|their) (?:name|background|origins?|looks))\b"
)
# A capitalised nationality or faith after "because they are" (Irish, Sudanese).
IDENTITY_PROPER = (
    r"\b[Bb]ecause (?:he|she|they|we|I|his family|her family)(?:'s|'re|'m| is| are| was| were| am) (?:a |an )?"
    r"(?:[A-Z][a-z]+(?:ish|ese|ian|ean|an|ic|i|ch)|Roma|Romani|Black|Jewish|Jews?|Muslims?|Sikhs?|Hindus?|Catholics?|"
    r"Protestants?|Gypsies|Gypsy|Travellers?|Asian|Arab|Kurdish|Turkish|Thai|Greek|Dutch|Cuban|Basque|Sami|Inuit)\b"
)
MISTREAT = (
    r"\b(?:refus\w*|won't|wouldn't|will not|would not|denied|denies|deny|turn(?:s|ed)? (?:them|him|her) away|turned away|"
    r"barred|bars|banned|bans|fired|sacks?|sacked|expel\w*|thrown out|throws? (?:them|him|her) out|evict\w*|beaten|beat|"
    r"beats|attack\w*|taunt\w*|mock\w*|bull(?:y|ies|ied|ying)|harass\w*|insult\w*|spit|spits|spat|shun\w*|exclud\w*|"
    r"ostraci[sz]\w*|persecut\w*|targeted|abus\w*|threaten\w*|passed over|singled out|humiliat\w*|sneer\w*|jeer\w*|"
    r"heckl\w*|arrested|stopped and searched|followed around|treated (?:as|like)|called names|hounded|driven out|chased out|"
    r"run out of town|lynch\w*|killed|murdered|kicked out|rejected|overlooked|segregated|forbidden|not allowed|"
    r"can't (?:rent|buy|get|find|join|enter|marry|vote)|cannot (?:rent|buy|get|find|join|enter|marry|vote))\b"
)

# Wartime atrocity without a keyword: armed forces harming civilians.
WAR_ACTOR = (
    r"\b(?:soldiers?|troops|militia\w*|army|armies|rebels?|regime|guerrill?as?|paramilitar\w*|insurgents?|occupying|"
    r"occupiers|invaders?|invading|death squads?|junta|warlords?|enemy|legionnaires|conquistadors|crusaders|platoon|"
    r"battalion|regiment|nazis|the ss|gestapo|stormtroopers|the military|jihadists?|commandos|mercenaries)\b"
)
CIVILIAN = (
    r"\b(?:villag\w*|civilians?|refugees?|townspeople|townsfolk|women and children|families|the town|the men of|unarmed|"
    r"hospitals?|schools?|churche?s?|markets?|homes|farms?|everyone in|innocents?|peasants|locals|inhabitants|residents|"
    r"neighbou?rs|protesters|worshippers|children|elderly|old men|prisoners|the wounded|a wedding|the city|the valley)\b"
)

# Destruction by armed forces ("the occupying army burns every farm").
DESTRUCTION = (
    r"\b(?:raz(?:es|ed|ing)|burn(?:s|ed|t|ing)?|torch(?:es|ed|ing)?|loot(?:s|ed|ing)?|pillag\w*|ransack\w*|"
    r"level(?:s|led|ed|ling)?|flatten(?:s|ed|ing)?) (?:every|whole|entire|all the|the) (?:farms?|villages?|towns?|"
    r"homes?|houses?|city|settlements?|streets?|crops|churche?s?|mosques?|synagogues?)\b"
)

# Torture without the word: violence used to make someone talk.
INTERROGATION = (
    r"\b(?:interrogat\w*|to make (?:him|her|them) (?:talk|confess|sign)|until (?:he|she|they) (?:talks?|confess\w*|breaks?|"
    r"gives? up|tells?|names?|signs?)|for (?:information|a confession|names)|extract (?:a )?confession|to get (?:a )?"
    r"(?:confession|information|names))\b"
)

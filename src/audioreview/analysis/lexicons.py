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

# One-line descriptions (for `--help`-style listings and the docs).
DESCRIPTIONS: dict[str, str] = {
    "violence": "assault, shootings, stabbings, executions",
    "war_atrocity": "bombing, massacre, genocide, terrorism",
    "torture": "torture",
    "gore_injury": "blood, mutilation, corpses, body horror",
    "death_grief": "death, dying, grief",
    "child_harm": "death, injury or abuse of children and infants",
    "sexual_violence": "rape, sexual assault and abuse",
    "abuse": "domestic, emotional, coercive abuse",
    "self_harm_suicide": "self-harm and suicide",
    "mental_health": "mental illness, eating disorders",
    "substances": "drugs, alcohol, addiction, overdose",
    "medical_reproductive": "illness, procedures, miscarriage, abortion",
    "animal_harm": "harm to animals",
    "discrimination": "racism, homophobia, slurs and the like",
    "captivity": "kidnapping, imprisonment, trafficking, slavery",
    "sexual_content": "consensual sex, nudity",
    "strong_language": "profanity in the review's own words",
    "frightening": "horror, threat, disturbing imagery",
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
    _t(r"cruelty to animals|animal (?:cruelty|abuse)|animals? (?:is|are|was|were|being|get|gets|got) (?:harmed|hurt|killed|injured|abused)|(?:put|puts|putting) down (?:the|a|his|her|their) (?:dog|cat|horse|pet)|dogfight\w*|poach\w*|bullfight\w*|cockfight\w*|bull-?baiting|hunting scenes?|trophy hunt\w*", "animal_harm:2"),
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

# Profanity in the review's own words (not reports that a film has swearing).
PROFANITY: list[tuple[str, int]] = [
    (r"(?:mother)?fuck\w*|wtf|cunts?|twats?", 2),
    (r"(?:bull)?shit\w*|bastards?|bitch\w*|arse(?:hole)?s?|ass(?:hole)?s|asshole|dick(?:head)?s?|bollocks|wankers?|pricks?", 2),
    (r"damn(?:ed|it)?|goddamn\w*|crap(?:py)?|pissed|piss|(?:oh|what the|bloody|go to) hell", 1),
    (r"f\*+k?|s\*+t|f-+ing", 1),
]

# Idioms and figures of speech masked before any matching.
FIGURATIVE: list[str] = [
    r"killer (?:[a-z-]+ ){0,2}(?:soundtrack|score|comedy|cast|app|song|tune|tracks?|riff|opening|closer|ending|twist|lines?|look|performance|instinct|combo|hook|chorus|smile|dance|moves|set|deal|view|heels|cocktail|recipe|finale|feature|game|sequence|premise|concept|chops|vocals?|beat|bass ?line)",
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
    r"starv\w*|smacked|locked (?:in|up)|taken into care|school shootings?|(?:struck|hit|knocked down|run over) by a (?:car|bus|truck|lorry|train|van))\b"
)

ANIMAL = (
    r"\b(?:animals?|dogs?|puppy|puppies|cats?|kittens?|horses?|ponies|pony|seals?|elk|deer|wol(?:f|ves)|bears?|calf|calves|"
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

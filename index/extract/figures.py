"""Figures inside one sentence: which numbers count people, of which kind, in which group.

For every number :mod:`~wiredesk.index.extract.numbers` finds, the extractor reads what
follows it: a noun phrase (``up to 170 hostages``, ``22 Defense Department employees``), a
partitive (``12 of its crew``, ``33 of the 126 survivors``) or nothing (``two still …``).
A number followed by things or time (``two cars``, ``21 body bags``) is dropped. Then the
kind comes from the words around it, closest first:

1. a head that counts the dead (``185 bodies``, ``20 dead``, ``21 lives``);
2. a verb right before the number (``freed 80 hostages``, ``killing at least 14``), unless
   it states an intention (``in a bid to release``, ``averting the death of``);
3. any other head that carries its kind (``350 wounded``, ``12 arrests``, ``31 missing``);
4. the predicate after the phrase (``were killed``, ``remained inside``, ``are poised to
   head to``, ``accounted for``), read past a relative clause (``20 children who had been
   seized … were released``) and on to an outcome (``held … before being freed``,
   ``aboard a jet that crashed … were killed``), but never past another count it is not
   coordinated with (``50,000 turned out to honour four people killed``);
5. a cue earlier in the clause (``the death toll has risen to 130``, ``the dead included``);
6. the figure before it in the sentence (``20 dead - six Malians and 14 foreigners``,
   ``10 bodies were recovered after two more were pulled out``);
7. for an anaphoric phrase (``Ten of the men``, ``The workers include four …``), a count
   whose subject points back (``It could be as many as 25``, ``the figure rose to 45``), more
   of a count (``Another 3 on Monday``) or a part named only by its group (``Nine were
   children``): the figure, or else the kind words (:func:`kind_cue`), of the sentence
   before, which the caller resolves.

The parts of a count (``including four women``, ``15 of them women``, a list between
dashes) take its kind. A rate (``20 patients an hour``, ``each month``) is no count.
``trapped`` counts hostages in a siege and the missing elsewhere: the caller says which.
``buried`` is trapped under a collapse but killed in a grave (:func:`_buried_kind`);
``swept away``, ``buried``, ``beaten`` and ``trapped`` give way to an outcome the clause
states after them (``swept away and killed``, ``buried but dug out alive``).

Zero statements (``no one was hurt``, ``no more hostages``) are figures of
value 0. Attribution and the other-incident test are made by the caller; this module
only reads the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import chain, islice

from wiredesk.index.extract.lexicon import (
    ATTACKER_NOUNS,
    DEMONYM_NOUNS,
    FILLER_ADJECTIVES,
    FINAL_KIND_NOUNS,
    GENERIC_PEOPLE,
    INMATE_NOUNS,
    KIND_IN_OTHER_WORDS_CUES,
    KIND_NOUNS,
    LAW_ENFORCEMENT_NOUNS,
    NATIONALITY_ADJECTIVES,
    NOT_PEOPLE_PLURALS,
    PEOPLE_NOUNS,
    PHRASE_CUES,
    RESPONDER_NOUNS,
    STOP_AFTER_NUMBER,
    THING_BLOCKERS,
    WORDNET_PEOPLE_PLURALS,
    WORDNET_PEOPLE_SINGULARS,
    singular_people,
    word_set,
)
from wiredesk.index.extract.numbers import (
    GROUP_SIZE_RE,
    NUMBER_WORDS,
    NumberMention,
    find_numbers,
)
from wiredesk.index.extract.sentences import fold_case

__all__ = ["RawFigure", "find_figures", "is_earlier_estimate", "kind_cue", "rest_of_a_gang"]


@dataclass(slots=True)
class RawFigure:
    """A figure as one sentence shows it; offsets index the sentence text."""

    kind: str
    value: int
    start: int
    end: int
    qualifier: str | None = None
    value_max: int | None = None
    who: str | None = None
    possessive_noun: str | None = None
    """``crew`` in ``12 of its crew``: the caller prefixes the speaker (``Air France``)."""
    inherit: bool = False
    """True when the kind comes from an earlier sentence (``Ten of the men …``)."""


# --- cues -------------------------------------------------------------------------------
# Each cue is (kind, pattern, modes). Modes say where a cue may decide a number's kind:
#   L  right before the number, as its verb ("freed 80", "killing at least 14");
#   R  after the number's phrase, as its predicate ("were killed", "remained inside");
#   S  earlier in the clause, at a distance ("the death toll rose to 130");
#   A  after an attackers' phrase only ("stormed", "took hostages");
#   D  after a responders' phrase only ("are poised to head to", "were at the scene");
#   P  with R: only as a passive ("had been admitted", "were moved to a school").
# Order matters: at one position the first pattern that matches wins.
_NOT_HELD = (
    r"(?!\s+(?:for\s+questioning|in\s+(?:police\s+)?custody|in\s+detention|talks|a\b|an\b|onto\b|"
    r"on\s+to\b|"
    r"the\s+(?:meeting|talks|funeral|vigil)|up\b(?!\s+to\s+(?:\d|[a-z]+\s+(?:people|hostages|"
    r"captives|workers|staff|passengers|customers|shoppers|guests|pupils|students)\b))|responsible|accountable|siege|back|on\b|off\b|"
    r"out\b|over\b|elections?|protests?|rall(?:y|ies)|demonstrations?|meetings?|prayers|"
    # "a mass funeral was held for 23 victims"
    r"for\s+(?:the\s+)?(?:[\w,]+\s+)?(?:of\s+the\s+)?(?:victims|dead|deceased)\b))"
)
_ESCORTED_AWAY = (
    r"(?=\s+(?:by\s+[^.;,]{1,50}?\s+)?(?:out\b|away\b|(?:back\s+)?to\s+(?!(?:the\s+|a\s+)?"
    r"(?:[\w-]+\s+)?(?:police|court|cells?|prison|jail|custody|station|headquarters)\b)))"
)
"""After ``escorted``: out, away or to a place that is not the cells (``escorted by police to
the town``)."""
_RELEASED_THINGS = (
    "video", "videos", "footage", "statement", "report", "images", "photos", "photographs",
    "figures", "list", "names", "data", "recording", "audio", "details", "toll",
)  # fmt: skip
"""Things that are released (``a video released by the group``): no captive set free."""
_NOT_RELEASED = (
    "".join(rf"(?<!{word}\sreleased)" for word in _RELEASED_THINGS)
    + r"(?!\s+(?:a(?!\s+(?:dozen|score|hundred|thousand|further|total\s+of|"
    r"(?:day|week|fortnight|month|year|few\s+(?:hours|days|weeks))\s+(?:later|after)|"
    r"short\s+time\s+later)\b)|an|its|their|"
    r"new|details|figures|names|footage|images|photos|video|"
    r"statement|report|information|data|the\s+(?:names|details|figures|footage|video))\b|"
    r"\s+from\s+(?:the\s+)?(?:[\w-]+\s+)?hospitals?\b)"
)
_NOT_LET_GO_STAFF = (
    r"(?!\s+(?:of\s+)?(?:[\w,-]+\s+){0,4}?(?:staff|staffers|workers|employees|jobs|"
    r"payroll)\b|[^.;]{0,60}\b(?:redundanc\w*|lay-?offs?|job\s+cuts|cost-cutting|"
    r"restructuring)\b)"
)
"""Not ``let go`` by an employer: ``the mill let go 40 workers`` in job cuts frees nobody."""
_BODY_PARTS = (
    r"(?:arms?|legs?|hands?|feet|foot|ankles?|wrists?|knees?|hips?|ribs?|shoulders?|necks?|"
    r"backs?|heads?|faces?|chests?|stomachs?|abdomen|thighs?|fingers?|toes?|eyes?|jaws?|"
    r"noses?|skulls?|spines?|pelvis|collarbones?|elbows?|limbs?|shins?|calf|calves|"
    r"buttocks|groin|cheeks?|teeth|lungs?)\b"
)
"""Parts of the body a wound is named by (``broke his ankle``, ``shot in the leg``)."""
_CARE_PLACES = (
    r"(?:hospitals?|clinics?|infirmar(?:y|ies)|(?:medical|health|trauma)\s+"
    r"(?:cent(?:re|er)s?|facilit(?:y|ies)|posts?|colleges?))"
)
"""Places people are taken to for care (``the Federal Medical Centre``, ``a health post``):
people moved there are patients, not people moved out of the danger."""
_STRANDED_ON = (
    r"(?:off|from)\s+(?:the\s+|a\s+|an\s+|their\s+|that\s+|this\s+)?"
    r"(?:[\w-]+\s+)?(?:ice|floes?|glaciers?|mountains?|mountainsides?|slopes?|ridges?|peaks?|"
    r"summits?|rocks?|reefs?|cliffs?|ledges?|roofs?|rooftops?|islets?|sandbanks?|"
    r"sandbars?|cranes?|towers?|platforms?|rigs?)\b"
)
"""Where people are stranded in the open, whom rescuers take off it (``off the ice``,
``from a ledge``, ``off an ice floe``)."""
_RESCUE_CUES: tuple[tuple[str, str, str], ...] = (
    # "rescuers took 73 people off a floe", "have taken 37 people off the ice", "318 people
    # had been taken off the drifting ice": people got off where they were stranded. The
    # verb opens the clause only when its object follows it: in "40 workers brought down
    # from the roof" it is a reduced relative, read to the right of the count.
    (
        "freed",
        r"(?:taken|lifted|plucked|airlifted|carried|brought)\s+" + _STRANDED_ON,
        "RS",
    ),
    (
        "freed",
        r"(?:took|taken|taking|takes|take|lifted|lifting|plucked|plucking|airlifted|airlifting|"
        r"brought|bringing)(?=\s+(?!(?:(?:down|out|up|back|away|over)\s+)?(?:off|from)\b)[^.;,]{0,40}?\s"
        + _STRANDED_ON
        + r")",
        "L",
    ),
)
"""Verbs of rescue that say it by the place people were taken off."""
_INTO_A_BOAT = (
    r"(?=\s+(?:[\w-]+\s+){1,5}?(?:in)?to\s+(?:a|the|our|their|his|her|its|my)\s+(?:[\w-]+\s+)?"
    r"(?:boats?|canoes?|dinghies|dinghy|lifeboats?|rafts?)\b)"
)
"""What follows a verb whose object was taken out of the water: ``(took) five into my
canoe``."""
_CUE_TABLE: tuple[tuple[str, str, str], ...] = (
    *PHRASE_CUES,
    *KIND_IN_OTHER_WORDS_CUES,
    *_RESCUE_CUES,
    # "90 patients were transferred to other hospitals": moved out of a stricken building,
    # not taken in hurt (first, before the hospital cues below).
    (
        "evacuated",
        r"(?:moved|transferred|relocated|shifted|taken|evacuated|bused|bussed|driven|"
        r"transported)\s+to\s+(?:other|nearby|neighbou?ring|different|another)\s+"
        r"(?:[\w-]+\s+)?(?:hospitals?|facilities|facility|wards?|clinics?|buildings?)\b",
        "RS",
    ),
    # "the freed captives, among them five women", "the released hostages, four pupils and
    # two teachers,": parts of people freed, whatever the sentence says of them next.
    (
        "freed",
        r"(?:freed|released|rescued|liberated)\s+(?:captives|hostages|abductees)\s*[,–—]\s*"
        r"(?:(?:among|including)\s+(?:them|whom)\s+|including\s+)?",
        "L",
    ),
    # "the rescued fishermen, including two boys": any group freed, with its parts after.
    (
        "freed",
        r"(?:freed|released|rescued|liberated)\s+(?:[a-z-]+\s+)?[a-z-]+(?:s|men|people|children)"
        r"\s*[,–—]\s*"
        r"(?:among\s+(?:them|whom)|including)\s+",
        "L",
    ),
    # "The freed men, six surveyors and two drivers, were flown to …": the group's parts in
    # apposition, with no "among them".
    (
        "freed",
        r"(?:freed|released|rescued|liberated)\s+(?:[a-z-]+\s+)?(?:men|women|people|children|"
        r"[a-z-]+(?:ers|ors|ists|ees|ants|ents))\s*,\s*(?=(?:\d|a\s+dozen\b|(?:two|three|four|"
        r"five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty)\b))",
        "L",
    ),
    (
        "freed",
        r"among\s+(?:the\s+)?(?:[^\W\d][\w-]*\s+)?(?:hostages|captives)\s+(?:who\s+|that\s+)?"
        r"(?:have\s+|had\s+|were\s+|was\s+|are\s+)?(?:been\s+)?(?:freed|released|rescued|recovered|liberated)",
        "RS",
    ),
    # "Among the released hostages are four Dutch nationals": the parts of a group freed,
    # named after a verb of being.
    (
        "freed",
        r"among\s+the\s+(?:freed|released|rescued|liberated)\s+(?:captives|hostages|abductees)"
        r"\s+(?:are|were|was|is)\b",
        "L",
    ),
    # "Twelve of the hostages are now free": out of the captors' hands (not "free to leave",
    # "free of charge", "free from debt").
    (
        "freed",
        r"(?:are|were|is|was)\s+(?:now\s+|all\s+|finally\s+|safe\s+and\s+)?free\b"
        r"(?!\s+(?:to|of|from|for)\b|-)",
        "R",
    ),
    (
        "wounded",
        r"(?:taken|rushed|brought|admitted|airlifted|flown|evacuated|transported|sent|driven|"
        r"transferred|transported|shifted|referred)\s+to\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
        + _CARE_PLACES
        + r"|"
        r"with\s+(?:minor\s+|serious\s+|severe\s+|critical\s+|life-threatening\s+|"
        r"multiple\s+|head\s+|gunshot\s+|stab\s+)?(?:injuries|wounds|burns|fractures|"
        r"smoke\s+inhalation|broken\s+(?:bones|limbs|legs|arms|ribs))|"
        # "90 were sent home after check-ups", "40 have been discharged": treated first.
        r"(?:sent|allowed\s+to\s+go)\s+home\s+after|discharged|"
        r"released\s+from\s+(?:the\s+)?(?:[\w-]+\s+)?hospitals?\b|"
        # "eight were released after being treated": let go by the doctors, so treated.
        r"released\s+after\s+(?:(?:medical|hospital|initial|first-aid)\s+treatment|treatment|"
        r"being\s+treated)\b",
        "RS",
    ),
    # "70 people fell ill after drinking", "12 lost their sight", "30 were left blind":
    # poisoned or maimed, so hurt.
    (
        "wounded",
        r"(?:fell|fall|falls|falling|taken)\s+(?:seriously\s+|"
        r"critically\s+|violently\s+)?ill\b|lost\s+(?:their|his|her)\s+(?:sight|eyesight|"
        r"vision)|(?:left|went|gone|going|were|was|been)\s+(?:partially\s+|permanently\s+)?"
        r"blind\b",
        "RS",
    ),
    # "20 people were hit by gunfire", "four officers hit by stones", "eight were left
    # paralysed", "two are in a coma", "five are critically ill": hurt.
    (
        "wounded",
        r"(?:hit|struck|wounded|injured)\s+by\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?(?:gunfire|bullets?|"
        r"shrapnel|fragments|stones|rocks|debris|glass|pellets|rubber\s+bullets|shots|"
        r"tear\s+gas\s+canisters?)\b|"
        r"(?:left|are|were|is|was|remain\w*)\s+(?:still\s+)?(?:paraly[sz]ed|in\s+(?:a\s+)?comas?\b|"
        r"(?:critically|seriously|gravely)\s+ill\b|on\s+dialysis\b)",
        "RS",
    ),
    # "toxic alcohol kills 31, blinds 12"
    ("wounded", r"blinded|blinding|blinds|sickened|sickening|sickens", "LRS"),
    (
        "wounded",
        r"(?:remain\w*|are|were|is|was|still|being|lay|lie|lying)\s+(?:in|at)\s+"
        r"(?:the\s+|a\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?hospitals?|"
        r"(?:remain\w*|still)\s+(?:hospitali[sz]ed|admitted)|"
        # "Five remain under observation", "two remain at Kanoni health centre": still in
        # care, like "remain in hospital".
        r"(?:remain\w*|still)\s+(?:still\s+)?(?:under\s+(?:medical\s+|close\s+)?observation\b|"
        r"(?:in|at)\s+(?:the\s+|a\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:clinics?\b|health\s+"
        r"(?:cent(?:re|er)s?|posts?)\b))|"
        # "29 remained on its wards": still in hospital.
        r"(?:remain\w*|still)\s+(?:in|on)\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w-]+\s+)?"
        r"wards?\b|(?:remain\w*|are|were|is|was|still)\s+(?:still\s+)?on\s+(?:[\w-]+\s+)?"
        r"(?:ventilators?|life\s+support|oxygen|dialysis|drips?)\b|"
        # "Eight are still in the burns unit": a unit of a hospital.
        r"(?:remain\w*|are|were|is|was|still)\s+(?:still\s+)?in\s+(?:the\s+|a\s+|its\s+)?"
        r"(?:burns?|trauma|high-dependency|critical[- ]care|surgical|emergency)\s+"
        r"(?:units?|wards?|cent(?:re|er)s?)\b|"
        # "Two were in surgery through the night", "three are undergoing surgery"
        r"(?:remain\w*|are|were|is|was|still)\s+(?:still\s+)?(?:in|undergoing|under)\s+surgery\b|"
        r"in\s+(?:the\s+|an\s+)?intensive\s+care|in\s+(?:the\s+|an\s+)?icu\b|"
        # "the remaining five were responding to treatment"
        r"(?:are|were|is|was)\s+(?:still\s+|now\s+)?responding\s+(?:well\s+)?to\s+treatment|"
        # "Blast kills 9, 30 in hospital": a headline's list drops the verb.
        r"in\s+(?:a\s+|the\s+)?hospitals?(?=\s*(?:[,.;:]|$)|\s+(?:after|with|following|and)\b)|"
        # "Two are critical"
        r"(?:are|is|were|was|remain\w*)\s+(?:still\s+)?critical(?!\s+(?:of|about|to|for)\b)",
        "RS",
    ),
    # "three patients were still in the operating theatre": in surgery, so hurt.
    (
        "wounded",
        r"(?:remain\w*|are|were|is|was|still|being)\s+(?:still\s+)?(?:in|into)\s+(?:the\s+|an\s+)?"
        r"(?:operating|surgical)\s+(?:theat(?:re|er)s?|rooms?|suites?)\b",
        "RS",
    ),
    # "44 patients had been admitted since Sunday", "eight remain on admission", "52 people
    # received treatment": in hospital or treated, so hurt ("admitted the charges" is not).
    (
        "wounded",
        r"admitted(?!\s+(?:as|that|into|to\s+(?!(?:a\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
        r"(?:hospitals?|clinics?|wards?|intensive)\b))\b)",
        "RP",
    ),
    (
        "wounded",
        r"(?:remain\w*|are|were|is|was|still|continue[sd]?\s+to\s+be)\s+(?:still\s+)?under\s+"
        r"(?:medical\s+)?treatment|"
        r"on\s+admission|(?:received|receiving|receive|receives|needed|needing|need|required|requiring|require|"
        r"sought)\s+(?:(?:medical|hospital|emergency|outpatient|prompt)\s+)?(?:treatment|first\s+aid)",
        "RS",
    ),
    # "the hospital had received 34 casualties": patients brought in are hurt.
    (
        "wounded",
        r"(?:received|receiving|receives|took\s+in|taken\s+in)(?=\s+[\"“]?(?:about\s+|some\s+|at\s+"
        r"least\s+|more\s+than\s+|over\s+|nearly\s+|almost\s+|a\s+)?[\w,]+\s+(?:casualties|"
        r"patients|injured|wounded)\b)",
        "L",
    ),
    # "the hospital was treating 14 workers": patients.
    ("wounded", r"treating", "L"),
    # "nine required emergency surgery", "four officers suffered burns": hurt.
    (
        "wounded",
        r"(?:needed|needing|needs|need|required|requiring|requires|underwent|undergoing|"
        r"underwent)\s+(?:(?:emergency|urgent|further|major)\s+)?(?:surgery|operations?|amputations?)|"
        # "one officer suffered a minor injury to his hand", "ten suffered lasting damage
        # to their eyesight": any injury, one or many, with any words before it.
        r"(?:suffered|suffering|suffers|sustained|sustaining|sustains)\s+(?:an?\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:burns?|fractures?|injur(?:y|ies)|wounds?|smoke\s+inhalation|"
        r"cuts|bruises|broken\s+(?:bones?|limbs?|legs?|arms?|ribs?|necks?|backs?)|concussions?|"
        r"(?:damage|harm)\s+to\s+(?:their|his|her)\s+(?:[\w-]+\s+)?(?:eyes|eyesight|sight|vision|"
        r"kidneys|livers?|lungs|brains?|nerves|health|hearing|spines?))|"
        r"(?:treated|hospitali[sz]ed)\s+for\s+smoke\s+inhalation",
        "RS",
    ),
    # "one guard broke his ankle", "a nurse was stabbed in the arm", "two fractured their
    # ribs": a wound named by the part of the body it struck.
    (
        "wounded",
        r"(?:shot|stabbed|slashed|knifed|hit|struck|wounded|injured|hurt|cut|burned|burnt|"
        r"scalded|grazed|bitten|kicked|beaten)\s+(?:\w+\s+)?(?:in|on|to)\s+(?:the|his|her|their|both)\s+"
        r"(?:[\w-]+\s+)?" + _BODY_PARTS + r"|"
        r"(?:broke|broken|breaking|breaks|fractured|fracturing|fractures|sprained|spraining|"
        r"dislocated|dislocating|twisted|injured|injuring|hurt|hurting|cut|burned|burnt|"
        r"crushed|lost)\s+(?:his|her|their|a|an|both|one\s+of\s+(?:his|her|their))\s+"
        r"(?:[\w-]+\s+)?" + _BODY_PARTS + r"|"
        # "two had crushed fingers", "one has a broken left wrist": the wound held, named by
        # the body.
        r"(?:had|have|has)\s+(?:a\s+|an\s+)?(?:broken|crushed|fractured|dislocated|badly\s+cut)\s+"
        r"(?:[\w-]+\s+)?" + _BODY_PARTS + r"|"
        # "Two of the clerks were bleeding from the head", "One man was bleeding."
        r"(?:were|was|are|is)\s+(?:still\s+|badly\s+|heavily\s+)?bleeding\b",
        "RS",
    ),
    (
        "wounded",
        r"treated\s+(?:for|at|in)\b|treated(?!\s+(?:as|like|with|to|[\w,-]+\s+as)\b)|(?:examined|checked|seen)\s+(?:at|in|by)\s+"
        r"(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:hospitals?|clinics?|doctors|medics|"
        r"health\s+(?:centres?|centers?|facilities))|in\s+(?:a\s+)?(?:critical|serious|"
        r"stable|grave|life-threatening|satisfactory)\s+condition|(?:gunshot|stab|shrapnel)\s+wounds?",
        "RS",
    ),
    # "nine people with bullet wounds": a wound named by what made it.
    ("wounded", r"bullet\s+wounds?", "RS"),
    (
        "killed",
        r"(?:death|casualty)\s+(?:tolls?|totals?)|tolls?(?!\s+(?:road|booth|free|plaza))",
        "S",
    ),
    ("killed", r"claimed\s+the\s+lives\s+of|deaths?\s+of|shot\s+dead|gunned\s+down", "LRS"),
    (
        "killed",
        r"(?:shot|stabbed|knifed|hacked|beaten|burned|burnt|crushed|trampled|bludgeoned)\s+to\s+death|"
        r"lost\s+(?:their|his|her)\s+lives|among\s+the\s+dead",
        "RS",
    ),
    (
        "killed",
        r"killed|killing|kills|kill|slew|murdered|massacred|executed|beheaded|slaughtered|"
        r"slaughtering|mowed\s+down|mown\s+down|"
        r"neutrali[sz]ed|neutrali[sz]ing|eliminated|eliminating",
        "LRS",
    ),
    # "eight people were shot, three fatally", "two of them fatally": the part that died.
    ("killed", r"fatally", "R"),
    # "four were burned alive", "two were electrocuted", "three workers suffocated".
    (
        "killed",
        r"(?:burned|burnt)\s+alive|charred\s+to\s+death|electrocuted|suffocated|asphyxiated|"
        r"incinerated",
        "RS",
    ),
    # "beaten and left for dead": hurt, not killed.
    ("wounded", r"left\s+for\s+dead", "RS"),
    (
        "killed",
        r"died|dies|die|dying|dead|perished|drowned|drowns|drown|succumbed|slain|passed\s+away",
        "RS",
    ),
    # A party to a conflict speaks of its own dead as martyrs and of the enemy's as sent to
    # hell: both are deaths.
    (
        "killed",
        r"martyred|embraced\s+martyrdom|sent\s+to\s+hell|laid\s+down\s+(?:their|his|her)\s+lives",
        "RS",
    ),
    # "27 passengers are feared drowned", "presumed dead", "believed to have drowned": the
    # toll the source gives, so killed; "missing, feared dead" is missing (the status comes
    # first and wins). "feared trapped" is the trapped cue below.
    (
        "killed",
        r"(?:feared|presumed|believed|thought)\s+(?:to\s+(?:be|have)\s+(?:been\s+)?)?"
        r"(?:dead|drowned|killed|died|perished|lost)|lost\s+at\s+sea|"
        r"(?:pulled|brought|carried|dug|recovered|washed)\s+(?:out\s+|up\s+|ashore\s+)?dead",
        "RS",
    ),
    # "lost her husband and two sons": relatives who died.
    (
        "killed",
        r"(?:lost|losing)\s+(?:her|his|their|my|our)\s+(?:husband|wife|father|mother|son|"
        r"daughter|brother|sister|baby|grandmother|grandfather)\s+and",
        "L",
    ),
    ("killed", r"bodies\s+of|remains\s+of|lost|losing", "L"),
    # "the 13 people we lost": the dead, in a relative clause that names who lost them (the
    # cue is the pronoun alone, so "We lost 29 of our sons" keeps its "lost").
    (
        "killed",
        r"(?:we|they|you)(?=\s+(?:have\s+|had\s+)?lost\b(?!\s+(?:contact|touch|track|sight)\b))",
        "R",
    ),
    # "the village mourned 12 of its own", "we mourn the two": the dead.
    ("killed", r"mourned|mourning|mourns|mourn", "L"),
    ("killed", r"found\s+dead", "LRS"),
    ("wounded", r"beaten(?!\s+to\s+death)|beat\s+up", "R"),
    ("killed", r"trampled\s+to\s+death|crushed\s+to\s+death", "RS"),
    ("wounded", r"trampled(?!\s+to\s+death)", "RS"),
    # "three people were stabbed at the stop", "stabbed four passengers", "stab at least
    # three people": a knife wound with no word of death is a wound, as a wound named by
    # the part of the body it struck is.
    ("wounded", r"(?:stabbed|knifed)(?!\s+(?:[\w-]+\s+){0,3}?to\s+death\b)", "LRS"),
    ("wounded", r"(?:stab|stabs)(?!\s+(?:[\w-]+\s+){0,3}?to\s+death\b)", "L"),
    # "beat two suspected thieves to death": the outcome comes after the object.
    (
        "killed",
        r"(?:beat|beating|beats)(?=\s+[^.;,\d]{0,10}[\w,]+\s+[^.;,]{0,40}?\bto\s+death)",
        "L",
    ),
    ("killed", r"among\s+the\s+casualties", "RS"),
    # "12 soldiers fallen with arms in hand", "three fell in combat": killed in the fighting.
    (
        "killed",
        r"(?:fallen|fell)\s+(?:in\s+(?:combat|battle|action)|with\s+(?:arms|weapons)\s+in\s+hand)",
        "RS",
    ),
    (
        "other",
        r"among\s+(?:the\s+)?(?:passengers|crew|travell?ers|people\s+on\s+board|those\s+(?:on\s+board|aboard))",
        "S",
    ),
    ("killed", r"fatalities|deaths|bodies|body\s+count|victims", "S"),
    # "Floods injure 40": a headline's present tense with a plural subject.
    ("wounded", r"injured|injuring|injures|injure|wounded|wounding", "LRS"),
    ("wounded", r"hurt|hospitali[sz]ed|injuries|among\s+the\s+(?:injured|wounded)", "RS"),
    # "two engineers were also among the captives": counted with the people held.
    ("hostages", r"among\s+the\s+(?:captives|hostages|abductees)", "RS"),
    (
        "hostages",
        r"(?:held|taken|kept)\s+(?:as\s+)?(?:hostages?|captive)|in\s+captivity|captive",
        "RS",
    ),
    # "the bank was robbed by three men": the agent of an attack verb did it.
    (
        "attack",
        r"(?:attacked|stormed|raided|ambushed|robbed|overrun|overran|besieged|held\s+up|"
        r"targeted|hijacked)\s+by",
        "L",
    ),
    (
        "attack",
        r"took\s+hostages|taking\s+hostages|take\s+hostages|attacked|attacking|stormed|"
        r"storming|opened\s+fire|raided|carried\s+out|ambushed|struck|armed\s+with|were\s+involved|"
        r"behind\s+the\s+attack|entered|infiltrated|targeted|launched|blew\s+themselves\s+up|"
        r"detonated|inside|holed\s+up|robbed|robbing|held\s+up|burst\s+into|descended\s+on",
        "A",
    ),
    # "four men are suspected of beating the officers to death": the attackers, named by
    # the suspicion.
    (
        "attack",
        r"suspected\s+of(?=\s+(?:killing|beating|attacking|carrying\s+out|murdering|shooting|"
        r"stabbing|kidnapping|abducting|planting|planning|staging|raiding|robbing|storming|"
        r"taking\s+part|involvement|being\s+involved)\b)",
        "R",
    ),
    # "about 15 of them were guarding us": the captors, counted by one they held.
    (
        "attack",
        r"(?:guarding|guarded|watching|watched)\s+(?:over\s+)?(?:us|the\s+(?:hostages|captives))\b",
        "RS",
    ),
    (
        "other",
        r"(?:taking|took|taken|take|takes)\s+part\s+in\s+the\s+(?:[\w-]+\s+)?(?:operation|rescue|"
        r"search|response|hunt|relief|recovery)",
        "RS",
    ),
    # "fewer than 20 inmates had taken part in seizing the guards", "30 men took part in the
    # raid", or with the act left to the story, "three people took part.": the attackers,
    # named by their part in the attack.
    (
        "attack",
        r"(?:taken|took|taking|take|takes)\s+part\s+in\s+(?:the\s+)?(?:seizing|seizure|attack|"
        r"assault|raid|ambush|kidnapping|abduction|hijacking|massacre|killings|riot|uprising|"
        r"mutiny|storming|siege|robbery|heist|hold-up|holdup)\b|"
        # "investigators believe three people took part": the act the story is about (when
        # the count names nobody by a role of their own: _took_part_in_the_story).
        r"(?:taken|took)\s+part(?=\s*(?:[,;.]|$))|helped\s+(?:to\s+)?(?:plan|organi[sz]e|carry\s+out|stage|mount)\s+"
        r"(?:the\s+)?(?:attack|assault|raid|bombing|massacre|shooting|ambush|kidnapping)",
        "RS",
    ),
    # "carried eight of us down the back stairs", "guided 20 residents out by the fire
    # escape": brought down a way out of the building.
    (
        "bringdown",
        r"(?:took|taken|led|guided|carried|walked)(?=\s+(?:a\s+further\s+|another\s+)?[\w,-]+\s+"
        r"(?:(?:of\s+(?:us|them)|[a-z-]+)\s+)?(?:down|out)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?"
        r"(?:stairs|stairways?|stairwells?|staircases?|fire\s+escapes?|ladders?)\b)",
        "L",
    ),
    # "troops shot dead four of them and took three alive": captured, as "captured alive" is.
    ("arrested", r"(?:took|taken)(?=\s+[\w-]+\s+(?:of\s+them\s+)?alive\b)", "L"),
    # "two were taken alive", after a count of gunmen killed: caught, the other way round.
    ("arrested", r"taken\s+alive\b(?!\s+(?:from|out|to|into|ashore|aboard|on)\b)", "R"),
    # "four were taken prisoner": held, by whoever took them (attackers taken prisoner by
    # troops are arrested: _decide_kind).
    ("hostages", r"taken\s+(?:as\s+)?prisoners?\b", "R"),
    # "I took five into my canoe": a rescue out of the water (before the plain "took").
    # Only into the speaker's own boat: captors take people into theirs.
    (
        "freed",
        r"(?:took|taking|takes|take)(?=\s+(?:[\w-]+\s+){1,5}?(?:in)?to\s+(?:our|my)\s+(?:[\w-]+\s+)?"
        r"(?:boats?|canoes?|dinghies|dinghy|lifeboats?|rafts?)\b)",
        "L",
    ),
    ("take", r"(?:took|taking|takes|take)(?!\s+(?:refuge|shelter)\b)", "L"),
    (
        "hostages",
        r"hostage(?!s\b|-|\s+(?:crisis|situation|drama|siege|takers?|taking|recovery|rescue|"
        r"release|standoff|stand-off|negotiat\w*|ordeal|incident|attack))",
        "RS",
    ),
    ("hostages", r"(?:abduction|abductions|kidnapping|kidnappings|seizures?)\s+of", "L"),
    (
        "hostages",
        r"kidnapped|kidnapping|kidnaps|abducted|abducting|abducts|seized|seizing|snatched|snatching|"
        r"captured|capturing|kidnap|abduct|seizes?|snatch(?:es)?",
        "LRS",
    ),
    # "200 held over the riots", "two men held in connection with the attack": arrests.
    (
        "arrested",
        r"held\s+(?:over|in\s+connection\s+with|on\s+suspicion\s+of|on\s+charges\s+of)\s+"
        r"(?!the\s+(?:weekend|night|holiday))|"
        # "six held under anti-terrorism laws", "held on remand"
        r"held\s+(?:under\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:laws?|act|legislation|powers|"
        r"provisions)\b|on\s+remand)",
        "RS",
    ),
    (
        "arrested",
        r"(?:taken|led|carted|bundled)\s+away\s+by\s+(?:the\s+)?(?:police|officers|"
        r"security\s+forces|soldiers|troops|gendarmes)",
        "RS",
    ),
    # "police picked up 23 people": an arrest when the police pick them up (the caller
    # checks who did; "a fishing boat picked up 12 survivors" is not one).
    # "30 people were picked up by a passing ship": rescued at sea.
    (
        "freed",
        r"picked\s+up\s+by\s+(?:a\s+|the\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:ship|boat|vessel|"
        r"trawler|tanker|ferry|freighter|helicopters?|lifeboat|coastguard|coast\s+guard|navy|"
        r"fishermen|fishing\s+boats?|rescuers|rescue\s+boats?)\b",
        "RS",
    ),
    # "three men had been picked up for questioning", "two were helping police with their
    # inquiries": held by the police.
    (
        "arrested",
        r"(?:picked\s+up|hauled\s+in|brought\s+in)\s+(?:for\s+questioning|by\s+(?:the\s+)?"
        r"(?:police|officers|detectives|security\s+forces))|"
        r"helping\s+(?:the\s+)?police\s+with\s+(?:their\s+)?(?:inquiries|enquiries)",
        "RS",
    ),
    ("pickup", r"(?:picked|picking|picks|pick)\s+up|hauled\s+in", "L"),
    # "were questioning four officials": questioned, not held (dropped by the caller).
    # "three were questioned and released": never held, never freed.
    (
        "questioned",
        r"(?:questioned|interviewed|interrogated)\s+(?:and|before\s+being)\s+(?:later\s+)?"
        r"(?:released|let\s+go|sent\s+home)|"
        # "had been released after questioning", "were later released without charge",
        # "released on bail": suspects the police let go, neither held nor freed.
        r"released\s+(?:after\s+(?:questioning|interrogation)|without\s+(?:being\s+)?charged?|"
        # "released on police bond": the same word in East African and US copy
        r"on\s+(?:police\s+)?(?:bail|bond))",
        "RS",
    ),
    # "three men were questioned at the station and released": a time or place between.
    (
        "questioned",
        r"(?:questioned|interviewed|interrogated)\s+(?:(?!and\b)[\w-]+\s+){1,4}?and\s+(?:later\s+)?"
        r"(?:released|let\s+go|sent\s+home)\b",
        "RS",
    ),
    # "released four of them without charge": the verb before its object.
    (
        "questioned",
        r"(?:released|releasing|freed|let\s+go)(?=\s+[^.;]{0,30}?\b(?:without\s+(?:being\s+)?"
        r"charged?|on\s+(?:police\s+)?(?:bail|bond)|after\s+(?:questioning|interrogation))\b)",
        "L",
    ),
    ("questioned", r"questioning|questioned|interviewing|interviewed|interrogating", "L"),
    # "two photographers had their cameras seized": the things were taken, not the people
    # (no figure; dropped by the caller as the questioned are).
    (
        "questioned",
        r"had\s+(?:their|his|her)\s+(?:[\w-]+\s+){1,2}?(?:seized|taken|confiscated|stolen|"
        r"snatched|smashed|destroyed)\b",
        "RS",
    ),
    # "police let go two men held on the night": suspects let go, neither held nor freed
    # (captors who let people go free them).
    (
        "questioned",
        r"(?:police|officers|detectives|investigators)\s+(?:(?:have|had|later|also|then)\s+)?"
        r"(?:let|lets|letting)\s+go(?:\s+of)?",
        "L",
    ),
    # "six officials suspended", "the ministry sacked two managers": a penalty at work,
    # which counts nobody the event befell (dropped by the caller).
    (
        "suspended",
        r"suspended(?!\s+(?:sentences?|jail|prison|over\s+the|from\s+(?:a|the)\s+(?:ceiling|roof|bridge|"
        r"crane|rope)))|suspending|suspends|sacked|sacking|dismissed|dismissing",
        "LR",
    ),
    # "the pair are held at a district gendarmerie", "two men held in police cells": held
    # by the police, even where others hold hostages.
    (
        "arrested",
        r"held(?=\s+(?:at|in)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:gendarmerie|police\s+"
        r"(?:stations?|headquarters|cells|posts?)|cells|detention\s+(?:centres?|centers?|"
        r"facilit(?:y|ies)))\b)",
        "R",
    ),
    # Held by captors where people are held by others; elsewhere held by the police
    # ("four railway staff held" after a crash).
    ("held", r"held" + _NOT_HELD + r"|holding" + _NOT_HELD + r"|hold" + _NOT_HELD, "LRS"),
    # "the 23 people held on the ward", "crew held on board": held in a place (``held on``
    # alone, or before a day, is something else: "held on Sunday", "held on the night").
    (
        "held",
        r"held(?=\s+on\s+(?:board\b|the\s+(?!(?:day|night|morning|afternoon|evening|eve|"
        r"anniversary|weekend|same|following|next|last|first\s+day|\d)\b)[\w-]+\b(?!\s+of\b)))",
        "R",
    ),
    # "released nine women but kept 22 men": still held.
    (
        "kept",
        r"(?:kept|keeping)(?=\s+(?:(?:about|some|at\s+least|more\s+than|nearly|around|another|"
        r"the\s+other|the\s+remaining)\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|"
        r"ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|dozens|hundreds)\b))",
        "L",
    ),
    (
        "hostages",
        r"remain(?:ed|s|ing)?\s+(?:inside|in\s+captivity)|still\s+inside|"
        r"still\s+(?:believed|thought)\s+to\s+be\s+inside|"
        r"locked\s+(?:in|inside)|barricaded",
        "RS",
    ),
    # "an estimated 22 people inside.", "up to 700 may be inside,": where people are held by
    # others, those inside are held; elsewhere it says only where they were (no figure).
    (
        "inside",
        r"(?:may|might|could|must)\s+(?:still\s+)?be\s+inside(?=\s*(?:[,.;:!?\"”]|$))|"
        r"(?:are|were|is|was)\s+(?:still\s+)?inside(?=\s*(?:[,.;:!?\"”]|$))|"
        r"inside(?=\s*(?:[,.;:!?\"”]|$))",
        "R",
    ),
    # Trapped or buried: hostages in a siege, missing in a collapse or a flood (the caller
    # knows which the article is about).
    (
        "trapped",
        r"trapped|remain(?:ed|s|ing)?\s+trapped|feared\s+trapped",
        "LRS",
    ),
    # "Between 12 and 15 workers could still be inside the hull": people who may be in the
    # wreck, as "feared trapped" (hostages where people are held).
    (
        "trapped",
        r"(?:could|may|might)\s+(?:still\s+)?be\s+(?:still\s+)?(?:inside|in)\s+(?:the|its)\s+"
        r"(?:[\w-]+\s+)?(?:hull|wreck(?:age)?|ship|vessel|mine|pit|shaft|tunnel|building|"
        r"rubble|debris|ruins|tanker|hold|factory)\b",
        "RS",
    ),
    # "Tunnel collapse traps 23 workers", "trapping 40 miners": a headline's present tense
    # or a participle before the count.
    ("trapped", r"traps|trapping", "L"),
    # Buried: under a collapse (trapped) or in a grave (killed); the sentence says which
    # (see :func:`_buried_kind`).
    ("buried", r"buried|burying|buries", "LRS"),
    # "eight may be under the slabs", "dozens were still beneath the rubble": buried.
    (
        "trapped",
        r"(?:be|is|are|was|were|remain\w*|lie|lies|lying|lay|still)\s+(?:still\s+)?"
        r"(?:under|beneath|underneath)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:rubble|debris|slabs?|"
        r"wreckage|ruins|mud|snow|concrete|earth|landslide|collapsed\s+[\w-]+)",
        "RS",
    ),
    (
        "hostages",
        # "in the hands of the kidnappers", "of those criminals", "of people who have shown
        # no mercy": held by whoever it names, unless that is the authorities or carers.
        r"in\s+(?:the\s+)?hands\s+of\s+(?!(?:the\s+|their\s+|local\s+)*(?:police|polices?|"
        r"authorities|army|military|troops|soldiers|security|government|state|courts?|judges?|"
        r"prosecutors?|investigators|doctors|medics|nurses|surgeons|hospitals?|families|relatives|"
        r"rescu\w*|red\s+cross|god|fate)\b)(?:[\w'’-]+\b)|"
        # "13 are still with the kidnappers"
        r"(?:still\s+with|with)\s+(?:the\s+|their\s+)?(?:kidnappers|abductors|captors|hostage-takers|"
        r"bandits|gunmen|pirates|militants|rebels|insurgents|jihadists)\b",
        "RS",
    ),
    # "leaving 27 in the gunmen's hands": the captors' hands named by a possessive.
    (
        "hostages",
        r"in\s+(?:the\s+|their\s+)?(?:kidnappers|abductors|captors|hostage-takers|bandits|gunmen|"
        r"pirates|militants|rebels|insurgents|jihadists|attackers|raiders|assailants)['’]s?\s+hands\b",
        "RS",
    ),
    # "187 pupils were taken from the school": abducted, in an article about people held by
    # others; "25 of them later returned home": back from captivity. Elsewhere neither
    # says what happened to the people counted (the caller drops them).
    (
        "taken",
        r"(?:taken|carried\s+off|led\s+away|marched\s+off)\s+(?:away\s+)?(?:from|"
        r"(?:in)?to\s+(?:the\s+)?(?:[\w-]+\s+)?(?:forest|bush|jungle|hills|mountains|desert)\b|"
        r"to\s+(?:an?\s+)?(?:unknown|undisclosed)\s+(?:destination|location|place))|"
        # "34 passengers were taken": taken, with nothing after to say where to.
        # (or before a dash that lists them, or "in all": "17 were taken in all")
        r"(?:were|was|been)\s+taken(?=\s*(?:[,.;]|\s[—–]\s|$)|\s+(?:in\s+all|in\s+total|altogether)\b|"
        r"\s+(?:and|but|during|on(?!\s+to\b)|when|while|after)\b|"
        r"(?:\s+(?:ashore|away|off))?\s+by\s+(?:the\s+|their\s+)?(?:gunmen|kidnappers|abductors|attackers|militants|bandits|"
        r"pirates|rebels|jihadists|insurgents|assailants|raiders|captors)\b)|"
        # "nine people taken when gunmen overran the camp": a reduced relative, dated by
        # the raid that took them.
        r"taken\s+(?=(?:when|as|during|in\s+(?:the|a|an|that|this)\s+(?:[\w-]+\s+)?"
        r"(?:raid|attack|abduction|kidnapping|assault))\b)|"
        # "72 people taken by the insurgents"
        r"taken\s+(?:away\s+)?by\s+(?:the\s+|their\s+)?(?:gunmen|kidnappers|abductors|attackers|"
        r"militants|bandits|pirates|rebels|jihadists|insurgents|assailants|raiders|captors)\b|"
        # "at least 20 are still in the bush": still where their captors took them.
        r"(?:still|remain\w*)\s+in\s+(?:the|that|this)\s+(?:bush|forest|jungle)\b",
        "RS",
    ),
    (
        "returned",
        r"returned\s+(?:home|safely|to\s+(?:their\s+|his\s+|her\s+)?(?:families|homes))|"
        r"regain(?:ed|s)?\s+(?:their\s+|his\s+|her\s+)?freedom|found\s+(?:their|his|her)\s+way\s+home",
        "RS",
    ),
    # "four kidnapped herders return home", "all six of our engineers are home", "hostages
    # free after talks": back, or free, which is freed where people were held (residents
    # allowed "to return home" after an evacuation are the evacuated).
    (
        "returned",
        r"return(?<!\bto\sreturn)(?:s|ing)?\s+home\b|(?:are|were|is|was)\s+(?:now\s+|all\s+|"
        r"safely\s+|back\s+)*home\b(?!\s+(?:to|of|for|in)\b)|(?:walk|walks|walked)\s+free\b|"
        r"(?:are|were|is|was)\s+(?:now\s+|all\s+)*free(?=\s+(?:after|at\s+last|following|as)\b|"
        r"\s*(?:[,.;:!]|$))|free(?=\s+(?:after|at\s+last|following|as)\b|\s*(?:[,.;:!]|$))",
        "R",
    ),
    ("hostages", r"hostages|captives", "S"),
    # "11 have since gone home", "17 have been sent home": discharged when the sentence is
    # about a hospital.
    (
        "home",
        r"since\s+(?:gone|went)\s+home|(?:gone|went|sent|allowed)\s+home",
        "R",
    ),
    # "600 passengers escaped unhurt": out of harm's way, which is freed only where people
    # were held (a siege); after a crash or a blast they are unhurt survivors.
    (
        "unhurt",
        r"(?:escaped|survived|walked\s+(?:away|out)|emerged)\s+(?:\w+\s+)?(?:unhurt|unharmed|"
        r"uninjured|unscathed|without\s+(?:injury|injuries|a\s+scratch))",
        "RS",
    ),
    # "eight survived", "Only 300 of the residents survived": alive, which is freed only
    # where people were held; after a fire, a crash or a flood nobody freed them.
    ("unhurt", r"survived|survives?", "RS"),
    # "five of the injured have since recovered": healed, which counts nobody.
    (
        "healed",
        r"(?:have|has|had)\s+(?:since\s+|now\s+|fully\s+|all\s+)*recovered(?!\s+(?:the|their|his|"
        r"her|\d|bodies|remains)\b)|recovered\s+from\s+(?:their|his|her)\s+(?:injuries|wounds)|"
        # "of the 30 hurt, seven have returned to duty": back at work, healed
        r"(?:have|has|had)\s+(?:since\s+|now\s+|already\s+|all\s+)*(?:returned|gone\s+back|"
        r"been\s+back)\s+to\s+(?:duty|work)\b",
        "R",
    ),
    # "nine climbed out through a shaft", "another 12 managed to crawl out": people who got
    # themselves out of the danger.
    (
        "freed",
        r"(?:climbed|clambered|crawled|scrambled|squeezed|struggled|fought|dug)\s+"
        r"(?:their\s+way\s+|themselves\s+)?(?:out|free|clear|to\s+(?:the\s+)?(?:safety|surface))\b|"
        r"managed\s+to\s+(?:climb|clamber|crawl|scramble|squeeze|swim|struggle|dig|make\s+it|"
        r"get|break)\s+(?:their\s+way\s+)?(?:out|free|clear|ashore|to\s+(?:the\s+)?(?:safety|surface|shore))\b|"
        # "the last 40 passengers were allowed off": let out of captivity
        r"(?:allowed|permitted)\s+(?:to\s+)?(?:off|leave|disembark|go\s+free|walk\s+free)\b",
        "RS",
    ),
    (
        "freed",
        r"freed|freeing|frees|released" + _NOT_RELEASED + r"|releasing|rescued|rescuing|"
        r"recovered|liberated|pulled|release\s+of|rescue\s+of|plucked|plucking",
        "LRS",
    ),
    ("freed", r"release|releases|rescue|rescues|free", "L"),
    # "the kidnappers handed back four of the girls", "took 30 and gave back nine": captives
    # returned by the people holding them.
    ("freed", r"(?:gave|give|gives|giving|handed|hand|hands|handing)\s+back", "L"),
    # "two men were led out in handcuffs": arrested.
    ("arrested", r"(?:led|taken|walked|brought|marched)\s+(?:out|away)\s+in\s+handcuffs", "RS"),
    # "40 were taken off the roof by boat", "nine were lifted from rooftops": rescued from
    # where the water left them.
    (
        "freed",
        r"(?:taken|lifted|winched|plucked|airlifted|carried|brought|rescued)\s+(?:down\s+)?"
        r"(?:off|from)\s+(?:the\s+|a\s+|their\s+)?(?:[\w-]+\s+)?(?:roofs?|rooftops?|ship|ferry|"
        r"vessel|boat|tanker|wreck|wreckage|ledge|cliff|island|sandbank)\b|"
        # "a dozen were hauled into fishing boats": out of the water, into a rescuer's boat
        r"(?:hauled|pulled|lifted|dragged|taken|helped)\s+(?:in)?to\s+(?:a\s+|the\s+|their\s+)?"
        r"(?:[\w-]+\s+)?(?:boats?|canoes?|dinghies|dinghy|lifeboats?|rafts?)\b|"
        # "12 passengers swam ashore"
        r"(?:swam|swum|swimming|waded)\s+(?:ashore|to\s+(?:the\s+)?(?:shore|safety|land))",
        "RS",
    ),
    # "letting nine others go", "let 20 passengers go"
    ("freed", r"let(?:s|ting)?(?=\s+(?:[\w-]+\s+){1,6}(?:go|off|out)\b)", "L"),
    # "fishermen hauled 14 into their canoes", "lifted six into a raft": out of the water,
    # into a rescuer's boat (the passive is the cue below the freed verbs).
    (
        "freed",
        r"(?:hauled|hauling|pulled|pulling|lifted|helped)" + _INTO_A_BOAT,
        "L",
    ),
    # "were hauled out with ropes", "winched 12 to safety": out of the danger by a rope or a
    # winch ("hauled up before the court" is no rescue).
    ("freed", r"(?:hauled|hauling|winched|winching)\s+(?:out|clear|ashore|to\s+safety)\b", "LRS"),
    ("freed", r"extricated|extricating|extracted|extracting", "LRS"),
    # "saw four men walk out of the side door", a live blog's "Three clerks walk out of the
    # bank": the present or bare form of "walked out" (not out of talks or a meeting).
    (
        "freed",
        r"(?:walk|walks|walking)\s+out\s+of\s+(?:the|a)\s+(?!(?:[\w-]+\s+)?(?:talks|meetings?|"
        r"negotiations|sessions?|hearings?|courtroom|court|parliament|chamber|jobs?|strike|"
        r"match|game|interview|ceremony|studio)\b)",
        "RS",
    ),
    # "rescuers pull 3 alive from rubble" (a headline's present tense)
    (
        "freed",
        r"(?:pull|pulls|pulling)(?=\s+[^.;]{0,30}?\b(?:alive|(?:from|out\s+of)\s+(?:the\s+)?"
        r"(?:[\w-]+\s+)?(?:rubble|debris|wreckage|water|sea|river|mud|ruins|flames)\b))",
        "L",
    ),
    # "firefighters cut 11 people free from the cars", "passengers cut out of the wreckage":
    # freed from a wreck (not "cut off by floodwater", "cut the toll").
    (
        "freed",
        r"(?:cut|cuts|cutting)(?=\s+(?:[\w,-]+\s+){1,4}?(?:free|loose|clear)\b)|"
        r"cut\s+(?:free|loose|clear)\b|cut\s+out\s+of\s+(?:the\s+|their\s+|a\s+)?(?:[\w-]+\s+)?"
        r"(?:wreckage|wreck|cars?|vehicles?|cabs?|carriages?|coach(?:es)?|bus(?:es)?|trams?|"
        r"trains?|lorr(?:y|ies)|trucks?|rubble|debris)\b",
        "LRS",
    ),
    # "fishermen hauled 23 passengers from the water", "helicopters lifted 15 people from
    # the roofs": out of the danger.
    (
        "freed",
        r"(?:hauled|hauling|lifted|lifting|dragged|dragging|fished|fishing)(?=\s+[^.;]{0,40}?"
        r"(?:\b(?:from|off|out\s+of)\s+(?:the\s+|a\s+|their\s+)?(?:[\w-]+\s+)?(?:water|waters|"
        r"sea|river|lake|floodwaters|flood|waves|surf|rubble|debris|wreckage|ruins|roofs?|"
        r"rooftops?|mud)\b|\s(?:aboard|on\s+board|onboard|ashore|to\s+safety)\b))",
        "L",
    ),
    (
        "freed",
        r"set\s+free|let\s+go"
        + _NOT_LET_GO_STAFF
        + r"|dug\s+(?:out|free)|escaped|escapes?|found\s+alive|"
        # "12 hostages were let out", not "let out a scream"
        r"let\s+out\b(?!\s+(?:an?|the|his|her|their|its|one|some)\b)|"
        r"(?:found|made)\s+(?:their|his|her)\s+(?:own\s+)?way\s+(?:out|back|to\s+safety)\b|"
        r"slipped\s+(?:away|out)|broke\s+free|"
        r"found\s+(?:unharmed|unhurt|safe\s+and\s+well)|"
        r"walked\s+(?:out|free|to\s+safety)|"
        r"fled\s+(?:the\s+)?(?:complex|building|hotel|compound|school|premises|site|plant|"
        r"facility|mall|campus|scene\s+of\s+the\s+siege)|"
        r"(?:got|came|made\s+it|brought|led|helped)\s+out|"
        r"(?:brought|carried|hauled|lifted|winched|taken)\s+(?:up\s+|back\s+)?to\s+"
        r"(?:the\s+)?(?:surface|shore)|to\s+safety|saved|(?:brought|carried|dug|hauled|lifted|winched)\s+"
        r"(?:out\s+|up\s+)?alive|"
        r"(?:were|was|are|is)\s+(?:also\s+|now\s+|safely\s+)?out\s+of\s+the|reunited|"
        # "the last 14 captives are out and safe": out of the danger, said in two words
        r"(?:were|was|are|is)\s+(?:all\s+|now\s+)?out\s+(?:and\s+)?safe(?:ly)?\b(?!\s+(?:at|in|on|inside)\b)|"
        r"managed\s+to\s+(?:escape|flee|get\s+out|walk\s+out|crawl\s+out|climb\s+out|run\s+out)|"
        # "18 shoppers ran out through the loading bay": got themselves out of the danger
        r"(?:ran|run|runs|rushed|crawled|climbed)\s+out\s+(?:through|via|by)\s|"
        r"(?:left|exited)\s+the\s+"
        r"(?:building|hotel|premises|school|mall|compound|church|theatre|theater|stadium|bank|site)|"
        r"among\s+the\s+(?:rescued|freed|released)",
        "RS",
    ),
    # "three of them are yet to be freed": people still held, not freed.
    (
        "hostages",
        r"(?:have|has|are|is)\s+(?:still\s+)?yet\s+to\s+be\s+(?:released|freed|rescued|set\s+free)",
        "RS",
    ),
    # "three could not be saved": the hurt whom doctors lost are dead, not rescued.
    ("killed", r"(?:could|can)(?:\s+not|not|n[o'’]t)\s+be\s+saved", "RS"),
    # "helicopters winched 19 people from the roofs": lifted out of danger.
    ("freed", r"winched\s+(?:up|out|to\s+safety|to\s+the\s+surface)", "RS"),
    ("freed", r"winched|winching", "L"),
    (
        "missing",
        # not "missing relatives", a noun the word describes ("helping families trace missing
        # relatives" says nothing of the count before)
        r"missing(?!\s+(?:relatives|loved\s+ones|family\s+members|kin|persons|people|children|"
        r"sons|daughters|husbands|wives|parents)\b)|unaccounted(?:\s+for)?|not\s+(?:yet\s+)?(?:be\s+|been\s+)?accounted\s+for|"
        r"disappeared|not\s+(?:been\s+)?(?:seen|heard\s+(?:from|of))\s+(?:since|again)|"
        # "are still not found", "have not been found", "swept away by the current"
        r"still\s+not\s+(?:yet\s+)?(?:been\s+)?found|not\s+(?:yet\s+)?(?:been\s+)?found|"
        r"yet\s+to\s+be\s+(?:found|located|traced)|never\s+found|"
        # "12 persons remain untraced", "the nine people we still cannot locate"
        r"whereabouts\s+(?:are|were|remain\w*|is)\s+(?:still\s+)?unknown|"
        r"untraced|(?:cannot|can't|could\s+not|couldn't|unable\s+to)\s+(?:be\s+)?"
        r"(?:locate[ds]?|trace[ds]?)\b",
        "RS",
    ),
    # "12 anglers were swept away", "the river swept away six people"; not when the same
    # words say they drowned.
    (
        "missing",
        r"(?:swept|carried|washed)\s+away(?!\s+(?:and|before)\s+(?:drowned|died|killed)|"
        r"\s+to\s+(?:their|his|her)\s+deaths?)",
        "LRS",
    ),
    (
        "missing",
        r"(?:swept|washed|fell|thrown)\s+overboard|"
        r"swept\s+(?:out\s+to\s+sea|downstream|into\s+(?:the\s+)?(?:[\w-]+\s+)?(?:river|sea|"
        r"waters?|floodwaters|current|torrent|stream|creek|canal|ocean|lake|gorge|ravine))",
        "RS",
    ),
    # "swept away to their deaths", "plunged to their deaths": an outcome, so killed.
    ("killed", r"to\s+(?:their|his|her)\s+deaths?", "RS"),
    # "the search for the remaining three": the people searched for are missing (not
    # when the search is for attackers or suspects: the caller checks).
    ("missing", r"search(?:ing|ed|es)?\s+(?:continues\s+|resumed\s+)?for", "L"),
    # "unable to establish the whereabouts of four workers"
    ("missing", r"whereabouts\s+of", "L"),
    (
        "arrested",
        r"(?:taken|held|remain\w*|kept|placed)\s+(?:in|into|under)\s+(?:police\s+)?"
        r"(?:custody|detention|arrest)|in\s+(?:police\s+|our\s+|its\s+|military\s+|army\s+)?custody|"
        r"held\s+for\s+questioning|"
        r"(?:taken|brought)\s+in\s+for\s+questioning|under\s+arrest|behind\s+bars|"
        r"into\s+(?:police\s+)?(?:custody|detention)",
        "RS",
    ),
    (
        "arrested",
        r"arrested|arresting|arrests|arrest|detained|detaining|detains|detain|"
        r"apprehended|apprehending|rounded\s+up|recaptured|recapturing|rearrested|jailed|"
        r"imprisoned",
        "LRS",
    ),
    # "five men appeared in court charged with murder", "seven were indicted": held to
    # answer charges.
    (
        "arrested",
        r"(?:appeared|appearing|appear|appears|arraigned|brought)\s+(?:in|before)\s+"
        r"(?:a\s+|the\s+)?(?:[\w-]+\s+)?(?:court|courts|magistrates?|judges?|tribunal)\b|"
        r"arraigned|indicted|remanded|on\s+remand",
        "RS",
    ),
    # "police have charged five men with murder"
    # "Six charged over tainted liquor deaths": a headline drops the auxiliary.
    ("arrested", r"(?:charged|charging|charges)(?=\s+[^.;]{0,60}?\b(?:with|over)\b)", "LR"),
    # "security forces nabbed five suspects", "police booked nine people for rioting",
    # "three suspects were caught trying to cross": caught by the police, not by a blast.
    (
        "arrested",
        r"nabbed|nabbing|nabs|nab|booked(?!\s+(?:on|into|in|onto|for\s+(?:a|the)|tickets?|seats?|rooms?)\b)|"
        r"caught(?<!not\scaught)(?<!yet\sbeen\scaught)(?<!not\sbeen\scaught)(?<!never\sbeen\scaught)(?!\s+(?:in|up|fire|on|between|off|out|under|inside|unawares|unaware|"
        r"sight|a\s+glimpse|by\s+(?:surprise|the\s+(?:blast|fire|flames|explosion|floods?|"
        r"waters?|current|storm|landslide|quake|earthquake|wave|waves|crush|stampede))|"
        r"with\s+(?:the\s+)?(?:[\w-]+\s+)?(?:cash|money|loot|goods|drugs|arms|weapons))\b)",
        "LRP",
    ),
    (
        "arrested",
        r"turned\s+themselves\s+in|gave\s+themselves\s+up|handed\s+themselves\s+(?:in|over)|"
        r"surrendered|surrendering",
        "RS",
    ),
    (
        "evacuated",
        r"evacuated\s+(?:their|his|her)\s+homes|evacuation\s+(?:orders?|warnings?)|"
        r"under\s+(?:an?\s+|mandatory\s+)?evacuation\s+(?:orders?|warnings?)",
        "RS",
    ),
    (
        "evacuated",
        r"evacuated|evacuating|evacuate|evacuation\s+of|displaced|displacing|relocated|"
        r"relocating|relocate",
        "LRS",
    ),
    # "16 of the victims had been identified": only the dead are identified by relatives.
    (
        "killed",
        r"(?:had|have|has)\s+been\s+identified\s+by\s+(?:relatives|families|their\s+families)",
        "R",
    ),
    # "36 worshippers were buried on Monday": buried, in a grave or under a collapse.
    ("buried", r"(?:had|have|has)\s+been\s+buried|(?:were|was)\s+buried", "R"),
    # "600 residents had been moved by the army", "were moved to shelters": evacuated.
    (
        "evacuated",
        r"(?:(?:had|have|has)\s+been|were|was)\s+moved(?=\s+(?:by\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
        r"(?:army|military|authorities|authority|police|troops|soldiers|government|officials|"
        r"services|agency|agencies|council|rescuers)\b|"
        r"out\b|away\b|(?:in)?to\s+(?:safety|shelters?|camps?|higher\s+ground|safer|temporary|"
        r"relief)\b))",
        "R",
    ),
    # "80 commuters stranded on the road were escorted by police to the town", "police
    # escorted 40 pupils out": led out of the danger, so evacuated; not led to the cells.
    (
        "evacuated",
        r"(?:(?:had|have|has)\s+been|were|was|being)\s+escorted"
        + _ESCORTED_AWAY
        + r"|escorted"
        + _ESCORTED_AWAY,
        "R",
    ),
    # "45,000 people … are still living in cyclone shelters": out of their homes.
    (
        "evacuated",
        r"(?:living|staying|housed|sleeping)\s+in\s+(?:[\w-]+\s+){0,2}?(?:shelters|camps|"
        r"tents|relief\s+centres|relief\s+centers)\b|"
        # "640 of them were sleeping in the sports hall"
        r"(?:sleeping|slept|staying|stayed)\s+(?:in|at)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:halls?|schools?|gyms?|gymnasiums?|mosques?|churches?|temples?|classrooms?|"
        r"pavilions?|community\s+cent(?:re|er)s?|rest\s+cent(?:re|er)s?)\b",
        "R",
    ),
    # "600 residents had taken shelter in mosques", "1,400 people had fled the district".
    (
        "evacuated",
        r"(?:taken|took|taking|sought|seeking|found)\s+(?:refuge|shelter)\b|"
        r"(?:fled|flee|fleeing|flew)\s+(?:their\s+homes|their\s+villages|the\s+(?:district|area|"
        r"town|city|village|region|neighbou?rhood|fighting|violence|clashes))\b|"
        r"(?:fled|flee|fleeing)\s+to\s+(?:(?:higher|safer)\s+ground|the\s+hills|(?:neighbou?ring|"
        r"nearby|other)\s+(?:villages|towns|communities|districts|areas))\b|"
        # "the quake left 20,000 people without shelter"
        r"without\s+(?:shelter|homes|a\s+home|a\s+roof)\b|"
        r"airlifted\s+(?:out|away)\b",
        "RS",
    ),
    # "120 residents spent two nights in the village hall", "900 were still unable to go
    # home": out of their homes.
    (
        "evacuated",
        r"(?:spent|spending|spend)\s+(?:the|a|another|two|three|four|several)\s+(?:second\s+|third\s+|"
        r"further\s+|more\s+)?nights?\s+(?:in|at)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:halls?|shelters?|schools?|centres?|centers?|gyms?|gymnasiums?|mosques?|churches?|"
        r"temples?|camps?|tents?|stadiums?|pavilions?|classrooms?)\b|"
        r"(?:still|remain\w*|(?:are|were|is|was)\s+still)\s+(?:unable|not\s+(?:yet\s+)?(?:able|allowed))\s+"
        r"to\s+(?:return|go\s+(?:back\s+)?home)\b|"
        r"(?:unable|not\s+(?:yet\s+)?(?:able|allowed))\s+to\s+(?:return|go\s+(?:back\s+)?home)\b",
        "R",
    ),
    # "authorities ordered 10,000 people to leave the area"
    (
        "evacuated",
        r"(?:ordered|ordering|orders|told|telling|urged|urging)(?=\s+(?!to\b)[^.;]{0,50}?\bto\s+(?:leave|"
        r"evacuate|vacate|flee|move\s+out)\b)",
        "L",
    ),
    # "shelters were still housing about 7,400 people"
    (
        "evacuated",
        r"(?:housing|housed|accommodating|accommodated|sheltering(?!\s+(?:in|at)\b))",
        "L",
    ),
    # "nearly 200 are still sheltering in classrooms", "300 traders were ordered to vacate".
    (
        "evacuated",
        r"sheltering\s+(?:in|at)\b|(?:ordered|told|forced|urged)\s+to\s+(?:vacate|"
        r"evacuate|leave\s+(?:their|the)\s+(?:homes|houses|shops|buildings?)|leave(?=\s*(?:[,.;]|$)|"
        r"\s+(?:the\s+)?(?:area|village|villages|town|valley|district|region|zone|island|coast)\b))",
        "RS",
    ),
    # "200 people were attending the service when the gunmen arrived", "70 were believed to
    # have been inside the building at the time": who was there, not what befell them.
    (
        "other",
        r"(?:were|was)\s+(?:(?:believed|thought|said|estimated)\s+to\s+have\s+been\s+)?"
        r"(?:inside|attending|upstairs|downstairs|at\s+(?:the\s+)?(?:service|prayers|mass|"
        r"wedding|funeral|concert|match|rally))(?=[^.;]{0,60}\b(?:when|at\s+the\s+time)\b)",
        "R",
    ),
    # "some 200,000 pilgrims were already at the site", "nine customers were in the branch",
    # "up to 75 people had crowded onto the boat": present, or on board.
    (
        "other",
        r"(?:were|was)\s+(?:already\s+|still\s+)?(?:at|in|inside|on)\s+(?:the\s+)?(?:[\w-]+\s+)?"
        r"(?:site|grounds?|venue|stadium|square|festival|fair|mela|temple|shrine|ghat|camp|"
        r"arena|concert|stands|town|city|village|branch|bank|building|hall|church|mosque|"
        r"synagogue|school|hotel|office|shop|store|mall|restaurant|cafe|bar|club|theat(?:re|er)|"
        r"cinema|station|terminal|factory|plant|warehouse|market)\b|"
        r"(?:crowded|packed|crammed|squeezed|squashed|piled|jammed)\s+(?:on|onto|into|in|aboard)\s+"
        r"(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?(?:boat|vessel|dinghy|raft|bus|minibus|truck|lorry|"
        r"van|train|ferry|barge|canoe|pick-up|pickup|carriage|wagon)s?\b",
        "R",
    ),
    # "all four suspects would be charged with manslaughter": held to be charged.
    (
        "arrested",
        r"(?:would|will|are\s+to|were\s+to|is\s+to|was\s+to)\s+be\s+charged|(?:were|was|"
        r"(?:have|has|had)\s+(?:since\s+|now\s+|also\s+)?been)\s+(?:(?:formally|now|also|later|"
        r"jointly|each|all)\s+)?charged(?:\s+(?:with|over|in\s+connection)|(?=\s*(?:[,.;:]|$)|"
        r"\s+(?:on|by|after|late|early|yesterday|today|last)\b))",
        "R",
    ),
    ("other", r"located|found|tracked\s+down|traced", "LRS"),
    # "some 2,000 people gathered in the square", "500 people marched to the plant gates": a
    # crowd, present; "19 remain at large": out of custody, neither freed nor missing.
    (
        "other",
        r"gathered\s+(?:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
        r"yesterday|today|tonight|overnight)(?:\s+(?:morning|afternoon|evening|night))?\s+)?"
        r"(?:in|at|outside|near|around|on|for)\b|(?:marched|rallied)\s+(?:from|to|"
        r"through|on|outside|along|in)\b|(?:still|remain\w*|are|were|is|was)\s+(?:still\s+)?"
        r"(?:at\s+large|on\s+the\s+run)\b",
        "R",
    ),
    ("leadaway", r"marched|marching|dragged|dragging|led|leading|frogmarched", "L"),
    # "bandits carried off 30 villagers": a load only when no ``off`` follows.
    ("leadaway", r"(?:carried|carrying|carry|carries)(?=\s+off\b)", "L"),
    (
        "evacuated",
        r"evacuees|(?:fled|flee|fleeing)\s+(?:their\s+|his\s+|her\s+)?"
        r"(?:homes|villages|houses)|forced\s+(?:to\s+flee|from|out\s+of)|"
        r"from\s+(?:their\s+|his\s+|her\s+)?homes|(?:moved|relocated|transferred|shifted|bused|"
        r"bussed|ferried|escorted)\s+(?:back\s+)?to\s+(?:[\w-]+\s+)?(?:safety|shelters?|"
        r"safer\s+ground|higher\s+ground|evacuation\s+cent(?:re|er)s?|camps?)|"
        r"in\s+(?:relief\s+|evacuation\s+|emergency\s+)?shelters|(?:at|in)\s+(?:the\s+)?"
        r"(?:[\w-]+\s+)?(?:relief|evacuation|displacement|transit)\s+(?:camps?|cent(?:re|er)s?)|"
        r"(?:left|reported|made)\s+homeless|homeless",
        "RS",
    ),
    # "400 residents were still staying in a camp", "900 villagers had been taken to schools
    # and a church hall": away from their homes, in a shelter.
    (
        "evacuated",
        r"(?:staying|sheltering|living|sleeping|housed|lodged)\s+in\s+(?:a\s+|the\s+)?"
        r"(?:[\w-]+\s+)?(?:camps?|shelters?)\b",
        "R",
    ),
    (
        "evacuated",
        r"taken\s+to\s+(?:schools|(?:community|church|village|town|public|school|sports)\s+"
        r"halls?|churches|shelters)\b",
        "RP",
    ),
    # "1,500 people had left their homes", "300 have left the valley": moved away from the
    # danger, on orders or of their own accord.
    (
        "evacuated",
        r"(?:left|leave|leaving|abandoned|abandoning)\s+(?:(?:their|his|her)\s+(?:homes|houses)|the\s+"
        r"(?:(?:lower|upper|old|low-lying|flooded|riverside|coastal)\s+)?"
        r"(?:valley|villages?|towns?|island|area|district|region|neighbou?rhoods?|settlements?|"
        r"hillside|coast))\b",
        "RS",
    ),
    # "300 passengers who were not hurt were taken by bus to Tarnby", "were taken on to the
    # city in special buses": carried away from the scene, unhurt, and so in a siege:
    # captors do not take people by bus to a town.
    (
        "evacuated",
        r"taken\s+(?:on\s+)?(?:by\s+(?:bus|buses|coach|coaches|road)|in\s+(?:[\w-]+\s+)?"
        r"(?:buses|coaches))\s+(?:on\s+)?to\b(?!\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:"
        + _CARE_PLACES
        + r"|prisons?|jails?|police|court|cells?|custody|morgues?)\b)|"
        r"taken\s+(?:on\s+)?to\s+[^.;\d]{0,60}?\b(?:in|by|aboard|on)\s+(?:[\w-]+\s+)?(?:bus|buses|coach|coaches)\b",
        "RP",
    ),
    # "about 900 people had been sheltered in schools": housed away from their homes by the
    # authorities (not "sheltered in place", people staying where they were).
    (
        "evacuated",
        r"(?:were|had\s+been|have\s+been|are\s+being|were\s+being)\s+sheltered\s+(?:in|at)\s+"
        r"(?!place\b)(?:[\w-]+\s+){0,2}?(?:schools?|camps?|shelters?|churches|mosques|tents|halls?|"
        r"gymnasiums?|stadiums?|evacuation\s+cent(?:re|er)s?|relief\s+cent(?:re|er)s?)\b",
        "RS",
    ),
    # "1,200 residents were moved out by police": cleared away by the authorities.
    ("evacuated", r"(?:moved|relocated|bused|bussed|ferried|cleared)\s+out\b(?!\s+of\b)", "RP"),
    # "90 villagers were moved by bus to the district town", "30 were ferried by boat to
    # the coast": carried away by some craft (not to a hospital, a cell or a morgue).
    (
        "evacuated",
        r"(?:moved|flown|ferried|taken|carried|shipped|airlifted|evacuated)\s+(?:out\s+)?by\s+"
        r"(?:(?:supply|army|military|police|navy|rescue)\s+)?(?:helicopters?|trucks?|lorr(?:y|ies)|"
        r"boats?|buses|bus|road|air|sea|ferr(?:y|ies)|planes?|aircraft)\s+(?:back\s+)?to\b"
        r"(?!\s+(?:an?\s+|the\s+)?(?:(?!(?:in|on|by|with|for)\b)[\w-]+\s+){0,3}?(?:"
        + _CARE_PLACES
        + r"|prisons?|jails?|morgues?|police|court|cells?|custody|stations?)\b)"
        # "… flown by helicopter to the city and are in intensive care": patients
        r"(?![^.;]{0,80}?\b(?:intensive\s+care|hospitals?|treatment|treated|critical)\b)",
        "RP",
    ),
    # "About 25 passengers were driven back to the town in army trucks": carried away from
    # the scene by the authorities (not to a hospital, a cell or a court).
    (
        "evacuated",
        r"(?:driven|bused|bussed|trucked|shuttled)\s+(?:back\s+)?(?:home\b|(?:to|into)\b(?!\s+"
        r"(?:an?\s+|the\s+)?(?:(?!(?:in|on|by|with|for)\b)[\w-]+\s+){0,3}?(?:" + _CARE_PLACES + r"|"
        r"prisons?|jails?|morgues?|police|court|cells?|custody|stations?)\b))",
        "RP",
    ),
    # "150 residents … have been moved to a church": rehoused by the authorities (not to a
    # hospital, a cell or a morgue).
    # "250 people who were moved out of the two blocks": cleared from where they lived.
    (
        "evacuated",
        r"(?:moved|relocated|cleared|bused|bussed|ordered)\s+(?:out\s+of|away\s+from|from)\s+"
        r"(?:their\s+|the\s+|nearby\s+)?(?:[\w-]+\s+){0,2}?(?:homes?|houses?|buildings?|blocks?|"
        r"flats?|apartments?|villages?|neighbou?rhoods?|streets?|area|district|towns?)\b",
        "RP",
    ),
    (
        "evacuated",
        r"(?:moved|relocated|rehoused|resettled)\s+(?:back\s+)?(?:to|into)\s+(?!(?:an?\s+|the\s+)?"
        r"(?:[\w-]+\s+){0,3}?(?:hospitals?|clinics?|(?:medical|health)\s+cent(?:re|er)s?|"
        r"prisons?|jails?|morgues?|mortuar(?:y|ies)|"
        r"police|court|cells?|custody)\b)|"
        # "300 residents moved out of the quarter", "have been moved out of their homes"
        r"(?:moved|relocated)\s+(?:out|away)\s+(?:of|from)\s+(?!(?:an?\s+|the\s+|their\s+)?"
        r"(?:[\w-]+\s+){0,3}?(?:hospitals?|clinics?|prisons?|jails?|cells?|custody|intensive|"
        r"critical|wards?|way)\b)",
        "RP",
    ),
    # "troops moved 800 families out of the valley", "police escorted 75 pilgrims back to
    # the city", "rushed 19 to hospital": where people were taken says what befell them.
    (
        "move",
        r"moved|moving|shifted|shifting|escorted|escorting|ferried|ferrying|bus(?:s)?ed|"
        r"cleared|clearing|airlifted|rushed|rushing|hauled|hauling|fished|fishing",
        "L",
    ),
    # "brought about 10 of us down on a ladder": out of danger when the words after say so.
    ("bringdown", r"brought|bringing|bring|brings|helped|lowered|lowering", "L"),
    # "led nine farmers away", "dragged four boys into the forest": an abduction.
    (
        "other",
        r"(?:reported|confirmed|declared|are|were|is|was|all|remain\w*|be)\s+(?:\w+\s+)?"
        r"[\"“‘']?safe\b(?!\s+(?:return|release|passage|arrival|haven|houses?|zones?|distance|"
        r"conduct|corridor))|(?:were|was|are|is|had\s+been|have\s+been)\s+(?:(?:now|still|also|"
        r"already)\s+)?(?:working|at\s+work|on\s+duty|on\s+shift)\b|"
        r"(?:were|was|are|is|had\s+been|have\s+been)\s+on\s+(?:the|a|an)\s+(?:[\w-]+\s+)?"
        r"(?:shift|duty)\b|"
        r"(?:were|was|had\s+been)\s+(?:still\s+)?(?:underground|present)\b|"
        r"working\s+(?:underground|below\s+ground|in\s+the\s+(?:mine|pit|shaft|tunnels?))|"
        r"(?:had|have|were)\s+gathered|"
        r"in\s+a\s+safe\s+(?:location|place)|safe\s+and\s+sound|"
        r"accounted\s+for|on\s+board(?<!longer\son\sboard)|aboard(?<!longer\saboard)|boarded|"
        r"onboard(?<!longer\sonboard)|on\s+(?:the\s+)?site|"
        r"on\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:aircraft|plane|flight|bus|train|ferry|boat|"
        r"ship|vessel|jet|helicopter|coach|minibus|truck|lorry)\b",
        "RS",
    ),
    # "the group comprised 27 people": who was there (hostages where people are held); "the
    # toll was made up of 12 soldiers" is a toll.
    (
        "present",
        r"(?:group|party|team|delegation|convoy|expedition|congregation|gathering)\s+"
        r"(?:was\s+|is\s+)?(?:comprised|comprising|consisted\s+of|consisting\s+of|made\s+up\s+of)",
        "L",
    ),
    # "the rest of the crew were unharmed": present and unhurt, which in an article about
    # people held by others is the state of hostages (the caller knows which).
    ("present", r"unharmed|unhurt|uninjured", "RS"),
    # "25 passengers who were not hurt were driven home": unhurt, not wounded.
    (
        "present",
        r"(?:were|was|are|is|had\s+been|have\s+been)\s+not\s+(?:\w+\s+)?(?:hurt|injured|"
        r"wounded|harmed)\b",
        "R",
    ),
    (
        "other",
        r"carrying|carried|joined|(?:assisted|backed|supported|helped)\s+by|deployed|deploying|"
        r"deploys|deploy|dispatched|dispatching|"
        r"dispatch|"
        r"mobili[sz]ed|mobili[sz]ing|sent|sending|send|flown\s+in|flew\s+in|drafted\s+in",
        "LD",
    ),
    # "the terminal was guarded by only four policemen": people on duty there.
    ("other", r"(?:guarded|protected|manned|patrolled|policed|staffed)\s+by", "L"),
    (
        "other",
        r"stationed|based\s+in|on\s+standby|(?:poised|set|due|expected|ready|preparing|"
        r"scheduled)\s+to\s+(?:head|go|fly|travel|deploy|arrive|leave|be\s+sent|be\s+deployed|join)|"
        r"(?:at|on)\s+the\s+(?:scene|site)\b|on\s+the\s+ground|joined\s+the\s+(?:search|operation|rescue)|"
        r"arrived|arriving|(?:were|was)\s+(?:flown|rushed|brought)\s+in|"
        r"surrounded|surrounding|encircled|cordoned\s+off|sealed\s+off|"
        r"(?:involved|taking\s+part|took\s+part)\s+in\s+the\s+(?:operation|rescue|search|response)",
        "D",
    ),
    # "with 30 police officers posted at the gates": on duty there ("posted on social media"
    # is no post, and "two guards posted at the gate were shot" tell what befell them).
    (
        "other",
        r"posted\s+(?:at|to|in|around|along|outside|inside|near|on\s+(?:the\s+)?(?:gates?|"
        r"doors?|roads?|bridges?|borders?|perimeter|entrances?))\b(?![^.;]{0,80}?\b(?:killed|"
        r"wounded|injured|hurt|shot|died|dead|abducted|kidnapped|seized|taken|missing)\b)",
        "D",
    ),
    # "some 60 firefighters battled the blaze", "200 rescuers are searching the rubble"
    (
        "other",
        r"battl(?:ed|ing|es)|fought|tackl(?:ed|ing)|search(?:ed|ing)|scour(?:ed|ing)|"
        r"digging|working",
        "D",
    ),
    # "some 2,000 mourners attended the funeral": present.
    ("other", r"attended|attending", "R"),
    # "had taken away 60 people": last, after every cue that reads "taken" otherwise.
    ("take", r"taken", "L"),
)


def _alternatives(pattern: str) -> list[str]:
    """Return the top-level alternatives of a :data:`_CUE_TABLE` pattern, in order."""
    depth = 0
    pieces: list[str] = []
    current = ""
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            current += pattern[i : i + 2]
            i += 2
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == "|" and depth == 0:
            pieces.append(current)
            current = ""
        else:
            current += ch
        i += 1
    pieces.append(current)
    return pieces


def _first_words(pattern: str) -> set[str] | None:
    """Return the three-letter starts of the words ``pattern`` can begin with.

    Reads the small regex dialect of :data:`_CUE_TABLE`: top-level alternatives, each
    opening with literal letters or a ``(?:…)`` group of such alternatives. Returns None
    when an alternative opens with anything else (the cue is then tried everywhere).
    """
    starts: set[str] = set()
    for piece in _alternatives(pattern):
        if piece.startswith("(?:"):
            close, level = 3, 1
            while level and close < len(piece):
                level += {"(": 1, ")": -1}.get(piece[close], 0)
                close += 1
            inner = _first_words(piece[3 : close - 1])
            if inner is None:
                return None
            if piece[close : close + 1] == "?":
                return None  # an optional group: the word may start after it
            starts |= inner
            continue
        letters = re.match(r"[a-z]+", piece)
        if not letters:
            return None
        word = letters.group(0)
        if len(word) < 3 and piece[len(word) : len(word) + 1] not in ("", "\\"):
            return None  # a short start that runs on into a group: try it everywhere
        starts.add(word[:3])
    return starts


# The cues a word can start are tried only at words that start one: most words start
# none, so a sentence costs one dictionary look-up and one match per word that starts one
# (see :func:`_starts_pattern`, :func:`_one_of`). Patterns are lower case and run on
# :func:`fold_case` text.
_CueSet = tuple[re.Pattern[str], tuple[int, ...]]
"""One pattern trying several :data:`_CUE_TABLE` alternatives in order, and the entry index
of each."""
_CUES_BY_START: dict[str, _CueSet] = {}
_CUES_ANYWHERE: _CueSet | None = None
_WORD_START = re.compile(r"(?<![a-z])[a-z]{2,}")
_CUE_WORD = _WORD_START
"""The words :func:`_cues` tries; a match's first three letters key :data:`_CUES_BY_START`."""


def _starts_pattern(starts: Collection[str]) -> re.Pattern[str]:
    """Return a pattern matching the start of a word whose first three letters (or whole
    two-letter self) are one of ``starts``: the matched text is the key.

    The words that start no cue (three in four) are passed over inside the scan,
    never reaching Python. The alternatives are nested by letter, so the scan tries one
    branch per letter, not one per start.
    """
    by_pair: dict[str, list[str]] = {}
    for start in starts:
        by_pair.setdefault(start[:2], []).append(start[2:])
    by_first: dict[str, list[str]] = {}
    for pair, thirds in sorted(by_pair.items()):
        letters = "".join(sorted(t for t in thirds if t))
        ends = ([f"[{letters}]"] if letters else []) + (["(?![a-z])"] if "" in thirds else [])
        by_first.setdefault(pair[0], []).append(f"{pair[1]}(?:{'|'.join(ends)})")
    branches = "|".join(f"{first}(?:{'|'.join(rest)})" for first, rest in by_first.items())
    return re.compile(rf"(?<![a-z])(?:{branches})")


_Alternative = tuple[int, int, str]
"""A top-level alternative of a :data:`_CUE_TABLE` pattern: entry index, place, text."""


def _one_of(alternatives: Collection[_Alternative]) -> _CueSet:
    """Return one pattern trying ``alternatives`` in table order at one position.

    The first that matches wins, as when each entry's pattern is matched in turn: only the
    alternatives that can start with the word are left out, and they could not match there.
    Each ends in an empty group (the pattern's only groups) that says whose entry it is.
    ``in``, a start of 7 entries and of 60 alternatives, costs one match of 7 alternatives.
    """
    ordered = sorted(alternatives)
    pattern = "|".join(rf"(?:{piece})\b()" for _, _, piece in ordered)
    return re.compile(pattern), tuple(index for index, _, _ in ordered)


def _index_cues() -> None:
    global _CUES_ANYWHERE, _CUE_WORD
    by_start: dict[str, list[_Alternative]] = {}
    anywhere: list[_Alternative] = []
    for index, (_, pattern, _) in enumerate(_CUE_TABLE):
        for place, piece in enumerate(_alternatives(pattern)):
            alternative = (index, place, piece)
            starts = _first_words(piece)
            if starts is None:
                anywhere.append(alternative)
                continue
            for start in starts:
                by_start.setdefault(start, []).append(alternative)
    # An alternative that may start anywhere is tried at every word, in order with the rest.
    _CUES_BY_START.update({k: _one_of({*v, *anywhere}) for k, v in by_start.items()})
    if anywhere:
        _CUES_ANYWHERE = _one_of(anywhere)
    else:
        _CUE_WORD = _starts_pattern(by_start)


_index_cues()


@dataclass(frozen=True, slots=True)
class _Cue:
    start: int
    end: int
    kind: str
    modes: str


def _cues(text: str) -> list[_Cue]:
    """Return every cue in ``text``, in order; where two could start, the earlier entry wins."""
    low = fold_case(text)
    found: list[_Cue] = []
    reached = 0
    get = _CUES_BY_START.get
    for word in _CUE_WORD.finditer(low):
        pos = word.start()
        if pos < reached:
            continue
        candidates = get(word.group()[:3], _CUES_ANYWHERE)
        if candidates is None:
            continue
        m = candidates[0].match(low, pos)
        if m:
            kind, _, modes = _CUE_TABLE[candidates[1][m.lastindex - 1]]  # type: ignore[operator]
            found.append(_Cue(m.start(), m.end(), kind, modes))
            reached = m.end()
    return found


# --- sentence shape ---------------------------------------------------------------------
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[^\W\d_]+(?:['’-][^\W\d_]+)*(?:-\d+\b)?|\d[\d,.]*\d|\d|\S")
"""Words (``COVID-19`` and ``MiG-29`` one each), numbers and single marks."""
_QUOTES = frozenset("'\"‘’“”«»")
_CLAUSE_BREAK = re.compile(
    # The look-ahead holds every alternative's first character: the scan skips to the next
    # one instead of trying each alternative at every position (twice as fast).
    r"(?=[,;aw])(?:"
    r";|,\s*but\s+(?!(?:were|was|are|is|have|has|had|remain\w*|still|also)\b)|,\s*while\b|"
    r"\bwhereas\b|,\s*although\b|\balthough\b|,\s*though\b)",
    re.IGNORECASE,
)
_RELATIVE_THEN_LISTED = re.compile(r"(?:who|whose)\s+[^,;:\d]{1,60}?\s+and\s+", re.IGNORECASE)
"""``the dead included a boy who sold groundnuts and three traders``: a relative clause on
the list's first member, then the next member."""
_WHO_AFTER = re.compile(r"\s+(?:who|whose)\s+[^,;:\d]{1,80}?,", re.IGNORECASE)
"""``two apprentices who worked in a shop, according to a list released …``: a relative
clause that ends before the next cue."""
_LEFT_BLOCKERS = re.compile(
    r"\b(?:where|when|while|who|which|that|because|since|although|though|whereas|if|after|"
    r"before|until|said|says|say|told|tells|added|but|than|however|unlike|among)\b|;",
    re.IGNORECASE,
)
_RIGHT_BLOCKERS = re.compile(
    # "that" straight after a preposition is a determiner ("two captives from that group
    # died"), not the start of a clause
    r"\b(?:(?<!\bfrom\s)(?<!\bof\s)(?<!\bin\s)(?<!\bon\s)(?<!\bat\s)(?<!\bnear\s)"
    r"(?<!\binside\s)(?<!\baboard\s)that|which|where|when|while|who|whom|because|(?<!\bhave\s)(?<!\bhas\s)(?<!\bhad\s)since|"
    r"although|though|whereas|if|"
    r"said|says|told|according|after|before|until)\b|;",
    re.IGNORECASE,
)
_INTENT = re.compile(
    r"(?:(?<!managed\s)(?<!able\s)(?<!helped\s)(?<!help\s)(?<!began\s)(?<!continued\s)"
    r"(?<!continue\s)(?<!continues\s)(?<!went\son\s)\bto\s+|"
    r"\b(?:demand\w*|call\w*|secure|securing|seek\w*|sought|negotiat\w*|press\w*|push\w*|urg\w*|"
    r"await\w*|avert\w*|avoid\w*|prevent\w*|spar\w*|work(?!ers?\b)\w*|hop\w*|pray\w*|ransom|(?:priority|concern|"
    r"aim|goal|focus)\s+(?:is|was|remains)|demand\w*\s+[^.;]{0,30}?\s+for)\s+(?:for\s+)?"
    r"(?:the\s+)?(?:(?:safe|swift|speedy|immediate|unconditional|prompt)\s+)?)$",
    re.IGNORECASE,
)
_SOUGHT_RELEASE = re.compile(
    r"\b(?:secure|securing|secured|(?:priority|concern|aim|goal|focus)\s+(?:is|was|remains)|"
    r"work\w*\s+(?:[\w-]+\s+){0,4}?(?:for|towards?)|"
    r"efforts?\s+(?:(?:continued|continue|continues|continuing|are\s+continuing|were\s+continuing|"
    r"under\s+way)\s+)?[\"“]?(?:for|to\s+secure)|pray\w*\s+for|hop\w*\s+for|call\w*\s+for|appeal\w*\s+for|"
    r"demand\w*(?:\s+[^.;\d]{0,30}?\s+for|\s+\d[^.;]{0,30}?\s+for)?|urg\w*|ransom\s+for|"
    r"negotiat\w*(?:\s+for)?)\s+(?:the\s+)?(?:(?:safe|"
    r"swift|speedy|immediate|prompt)\s+)?(?:return|release|freedom)\s+of\s+(?:all\s+)?(?:the\s+|its\s+|their\s+|our\s+)?"
    r"(?:(?:remaining|other|last)\s+)?$",
    re.IGNORECASE,
)
"""``our priority is the safe return of all 22 seafarers``: people whose release is still
sought are held (hostages, in an article about people held by others)."""
_MADE_UP_OF = re.compile(
    r"\b(?:crew|crews|passengers|hostages|captives)\s+(?:(?:was|were|is|are)\s+(?:made\s+up|"
    r"composed|comprised)\s+of|comprised|comprises|consisted\s+of|consists\s+of)\s+$",
    re.IGNORECASE,
)
"""``the crew was made up of 17 Filipinos``: who was on board, which in an article about
people held by others is who is held."""
_PASSIVE_BEFORE = re.compile(
    r"\b(?:were|was|been|being|are|is|be|get|got|gets)\s+(?:\w+ly\s+|also\s+|all\s+|now\s+|then\s+)?$",
    re.IGNORECASE,
)
"""A passive auxiliary right before a verb (searched with an end position)."""
_OBJECT_AFTER = re.compile(
    r"\s+(?:(?:at\s+least|up\s+to|more\s+than|about|some|nearly|around|as\s+many\s+as)\s+)?"
    r"(?:\d|(?:the|a|an|his|her|their|its|him|them|us|me|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|twelve|twenty|dozens|hundreds|scores|several|many|both|people)\b)",
    re.IGNORECASE,
)
_NUMBER_AFTER = re.compile(
    r"\s+(?:(?:at\s+least|up\s+to|more\s+than|about|some|nearly|around)\s+)?(?:\d|(?:one|two|"
    r"three|four|five|six|seven|eight|nine|ten|twelve|twenty|dozens|hundreds|scores)\b)",
    re.IGNORECASE,
)
_ONE_NAMED_FIRST = re.compile(
    r"^\s*(?:(?:away|off)\s+)?(?:(?:the|a|an|their|his|her|its)\s+)?(?:[\w-]+\s+){1,2}?and\s+$",
    re.IGNORECASE,
)
_OTHER_AFTER = re.compile(r"\s+other\b", re.IGNORECASE)
"""``killed the driver and 11 other passengers``, ``took away the pastor and 11 other
worshippers``: one person named first, the number counts the rest under the same verb."""
_AWAY_FIRST = re.compile(r"\s+(?:away|off)\b", re.IGNORECASE)
_AWAY_GAP = re.compile(r"^\s*(?:away|off)\s+(?:(?:the|another|all)\s+)?$", re.IGNORECASE)
"""``took away 12 students``: the particle before the object."""
_ADJACENT_GAP = re.compile(
    r"^\s*(?:(?:him|her|them)\s+and\s+)?(?:(?:only|just)\s+)?(?:(?:a\s+total\s+of|another|a\s+further|"
    r"an\s+additional|a\s+reported|"
    r"(?:the\s+)?(?:last\s+|final\s+)?remaining|(?:the\s+)?(?:last|final)|the\s+other|"
    r"the\s+first|"  # "let the first four go", "freed the first 20"
    r"all\s+(?:of\s+)?the|the|all|my|our|his|her|their)\s+)?(?:[\"“]\s*)?$",
    re.IGNORECASE,
)
"""What may stand between a verb and its object's count: ``freed the last nine``, and in a
headline's clipped grammar ``free last nine hostages``, ``rescue remaining 12``; a quotation
mark when the object is quoted (``received "more than 80 patients"``)."""
_THING_LIST_GAP = re.compile(
    r"^\s+(?:\d[\d,]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"several|dozens\s+of)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[\w-]+)\s*,?\s+and\s+$",
    re.IGNORECASE,
)
_TIME_AFTER = re.compile(
    r"\w*\s+(?:years?|months?|weeks?|days?|hours?|minutes?|nights?|times)\b", re.IGNORECASE
)
"""``three days``: a count of time after a verb is not its object (``trapped three days``)."""
_SAVED = re.compile(r"\b(?:saved|saving|saves|save)\s+(?:the\s+)?(?:an?\s+)?$", re.IGNORECASE)
"""``saved 12 lives``: the lives a rescue kept, not a toll."""
_HOSTAGE_OBJECT = re.compile(r"\s*(?:as\s+)?(?:hostages?|captives?)\b", re.IGNORECASE)
_RATE = re.compile(
    r"(?<![\w,])(?<!\bin\s)(?<!\bon\s)(?<!\bfor\s)(?<!\bof\s)(?<!\bover\s)(?<!\bthan\s)"
    r"(?<!\bwithin\s)(?<!\bduring\s)(?<!\blast\s)(?<!\bnext\s)(?<!\bthat\s)(?<!\bthis\s)"
    # "released after a month", "held for nearly a week": a time, not a rate
    r"(?<!\bafter\s)(?<!\bbefore\s)(?<!\buntil\s)(?<!\bnearly\s)(?<!\balmost\s)"
    r"(?:(?:an?|per|every|each)\s+(?:hour|day|weekday|night|week|month|year)|"
    # "handles 40,000 passengers on a typical weekday": a throughput, not a count
    r"on\s+(?:an?\s+)?(?:typical|normal|ordinary|average|usual|busy|quiet)\s+"
    r"(?:day|weekday|weekend|night|week|month|year)|"
    # "four men on each one", "two aboard every boat": how many a vehicle carried
    r"(?:on|aboard)\s+(?:each|every)(?:\s+(?:one|[\w-]+)|(?=\s*,))|"
    # "riding three to a motorcycle": how many one vehicle carried
    r"to\s+a\s+(?:motor(?:cycle|bike)|bike|horse|camel)|"
    r"(?:daily|hourly|nightly|weekly|monthly|yearly|annually)(?=\s*(?:[,.;:)]|$|\s+(?:in|at|on|"
    r"during|since|from|to|for|across|and|or|until|over|by|with|as|along|through|into|near|off|via)\b)))\b"
    r"(?!\s+(?:after|before|ago|later|earlier|afterwards|and\s+a\s+half|or\s+two|into|"
    r"old|long|shifts?|trips?|out|bus|buses|trains?|flights?|watch|duty|school|market)\b)",
    re.IGNORECASE,
)
"""``20 patients an hour``, ``killed each month``, ``daily``, ``on a typical weekday``: how
fast, not how many (not
``a day after``, ``in a week``, ``a week ago``, ``working a night shift``, ``on a day
trip``); ``two men on each one``: how many to a vehicle, not how many in all."""
_RATE_GAP = re.compile(r"[^\d,;:.()—–]{0,50}")
"""Words between a count and its rate: no other count, no new clause."""
_LINKED_SUBJECT = re.compile(
    r"\b(?:it|that|this|(?:the|that|this)\s+(?:[\w-]+\s+)?(?:number|figure|toll|tally|total|"
    r"count|estimate)(?:\s+of\s+(?P<of>[\w-]+)(?:\s+[a-z][\w-]*)?)?)\s*,?\s+(?:(?:could|may|might|will|would|should|can|is|was|were|are|be|"
    r"been|being|has|have|had|now|already|likely|probably|even|still|further|later|since|"
    r"expected|feared|thought|believed|set|to|rise|rises|rose|risen|rising|climb|climbs|climbed|"
    r"climbing|reach|reaches|reached|reaching|stand|stands|stood|standing|jump|jumps|jumped|"
    r"increase|increased|grow|grows|grew|grown|hit|hits|top|tops|topped|revised|raised|put|"
    r"upward|upwards|up|go|gone|went|number|numbers|numbered|total|totals|totalled|totaled|"
    r"at|around|higher|high|as|than|well|beyond|past|exceed|exceeded|surpass|surpassed|"
    r"close|closer|near|nearer|officially|finally|eventually|sharply|again|once)\s*,?\s+){0,8}"
    r"[\"“]?$",
    re.IGNORECASE,
)
"""``It could be as many as 25``, ``the number may be as high as 18``, ``By Tuesday it had
reached 26``: a count whose subject points back to the count or kind of the sentence
before; only verbs of being and of change stand between."""
_DIFFERENCE_AFTER = re.compile(
    r"\s+(?:more|fewer|less|times|per\s*cent|percent|higher|lower|up|down)\b|\s*%", re.IGNORECASE
)
"""``That is 4 more than last month``: a difference or a ratio, not the count itself."""
_INCREMENT_BEFORE = re.compile(
    r"(?:^|[,;]\s*(?:and\s+)?|\band\s+)\W*(?:another|a\s+further|an\s+additional)\s+$",
    re.IGNORECASE,
)
"""``Another 3 on Monday``, ``and a further 11``: more of the count told before."""
_FOLLOWED_AFTER = re.compile(
    r"\s+(?:later\s+|soon\s+|then\s+)?followed(?=\s*[,;.]|\s+(?:on|in|at|overnight|later|soon|"
    r"shortly|hours|days|within|the\s+(?:next|following)|a\s+(?:day|week|month)|(?:Mon|Tues|Wednes|"
    r"Thurs|Fri|Satur|Sun)day)\b)"
)
"""``15 men followed on Saturday``, ``Four more followed in the early hours``: more people to
whom the count before befell the same (not ``followed the coffins``)."""
_RIVAL_COUNT_BEFORE = re.compile(
    r"\b(?:more|fewer|less|higher|lower|greater)\s+than\s+the\s+$", re.IGNORECASE
)
_RIVAL_SOURCE_AFTER = re.compile(
    r"\s+(?:(?:that|which)\s+)?(?:[\w'’-]+\s+){0,4}?(?:(?:has|have|had)\s+)?(?:acknowledged|"
    r"reported|confirmed|announced|admitted|claimed|recorded|cited|given|published|released)\b",
    re.IGNORECASE,
)
"""``more than the five the ministry has acknowledged``: another source's count of the
same people, unlike ``up from the three reported on Sunday`` (the value it replaced)."""
_COMPARED_AFTER = re.compile(r"\s+(?:more|fewer|less)\s+than\b", re.IGNORECASE)
"""``4 more than last month``: a comparison, not more of a count."""
_SUBJECT_START = re.compile(r"^\W*$|[,;]\s*(?:and\s+|while\s+|but\s+)?$|\b(?:and|while|but)\s+$")
_SAID_SUBJECT_START = re.compile(
    r"(?i:\b(?:it|they|the\s+[a-z]+|police|officials))\s+(?:said|says|added)\s+(?:that\s+)?$"
)
"""``The charity said eight were children``: a reported clause that opens on its count."""
_GROUP_PREDICATE = re.compile(
    r"\s+(?:were|are|was|is)\s+(?:all\s+|also\s+)?(?P<np>(?:[\w-]+\s+){0,2}?(?P<noun>[\w-]+))"
    r"(?=\s*(?:[,.;:]|$|\s+(?:and|but|while|from|who|according)\b|\s+(?:under|over|aged)\s+\d|"
    r"\s+under\s+the\s+age\s+of\b|\s+[a-z]+ing\b))"
)
"""``Nine were children``, ``two are foreign nationals``, ``seven were children under 15``: a
count named only by its group."""
_BURIER = re.compile(
    r"\b(?P<subj>[\w-]+)\s+(?:had\s+|have\s+|has\s+)?(?:(?:are|were|is|was|will|would)\s+"
    r"(?:be\s+)?)?(?:buried|burying|buries|bury)\b(?![^.;]*?\bburi)"
)
"""The subject of an active ``buried`` (``Villagers buried 9 of their neighbours``, ``we are
burying five colleagues``, ``they will bury the three``)."""
_BURIED_DEAD = re.compile(r"\b(?:bod(?:y|ies)|remains|corpses|the\s+dead)\b", re.IGNORECASE)
_BURIED_UNDER = re.compile(
    r"\b(?:alive|under|beneath|underneath|rubble|debris|collaps\w*|caved|cave-ins?|"
    r"landslides?|mudslides?|avalanches?|(?:earth)?quakes?|mud|snow|sand|slabs?|wreckage|"
    r"tremors?|rockfalls?)\b",
    re.IGNORECASE,
)
_BURIED_GRAVE = re.compile(
    r"\b(?:funerals?|graves?|cemeter(?:y|ies)|mourners|relatives|families|laid\s+to\s+rest|"
    r"burials?|victims|graveyards?|prayers)\b",
    re.IGNORECASE,
)
"""What ``buried`` means: the dead in a grave, or people under a collapse (trapped)."""
_BURIAL_MANNER = re.compile(
    r"\b(?:side\s+by\s+side|(?:wrapped|shrouded)\s+in|shrouds?|coffins?|caskets?|"
    r"in\s+(?:a\s+|the\s+)?(?:mass|common|single|shared|unmarked)\s+graves?)\b",
    re.IGNORECASE,
)
"""How the dead are laid to rest (``buried side by side under a tree``, ``wrapped in white
cloth``, ``in a mass grave``): a burial, though ``under`` follows."""
_BURIED_PASSIVE = re.compile(r"\b(?:were|was|been|be)\s+buried\b", re.IGNORECASE)
"""``were buried``, ``will be buried``, ``are to be buried``: with nothing of a collapse in
the clause, a burial."""
_PROVISIONAL = re.compile(
    r"(?:(?:were|was|had\s+been|have\s+been|has\s+been|remain\w*|feared)\s+)?"
    r"(?:swept|washed|buried|beaten|trapped)\b",
    re.IGNORECASE,
)
"""Cues that state what befell people for now: what the clause says next may settle it
(``swept away and killed``, ``buried … but dug out alive``)."""
_DETERMINER_END = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+$", re.IGNORECASE)
"""A determiner right before a cue: the cue is a noun (``the remains of …``), no verb."""
_THEN_LINK = re.compile(r"\b(?:and|but|before|until|then|later|only\s+to\s+be)\b", re.IGNORECASE)
_OTHER_SUBJECT = re.compile(
    r"\b(?:bod(?:y|ies)|remains|they|who|which|whose|he|she|police|officials)\b", re.IGNORECASE
)
_ANAPHORIC_START = re.compile(
    r"^\W*(?:(?:the|these|those)\s+(?:[\w-]+\s+)?(?P<noun>[\w-]+)\s+(?:include[sd]?|including|"
    r"are|were|comprise[sd]?)\b|they\b|among\s+(?:them|the\s+(?:others|rest))\b|"
    r"of\s+(?:them|those|these)\b)",
    re.IGNORECASE,
)
_PREDICATE_WHO = re.compile(r"^\s+(?:are|were|is|was)\s+(?:all\s+)?(?P<np>[^,.;:]{2,60})")
_VERBLIKE_NP = re.compile(r"\b(?:in|on|at|of|from|with|by)\b", re.IGNORECASE)

_AFTER_VERB = word_set(
    "in at on with to near across outside inside into from a an the there here nearby abroad"
)
"""Words after ``lived``, ``worked`` … that make it a verb (``two lived in``), not a
modifier (``two wrecked cars``)."""
_SINGULAR_PEOPLE = singular_people()
# "took 60 shoppers hostage": after a plural head, a singular "hostage" is the predicate.
_SINGULAR_HEADS = _SINGULAR_PEOPLE - {"hostage", "captive", "other"}
"""Singular people heads of a noun phrase. ``other`` (a naive singular of ``others``) is a
modifier there: in ``two other customs officers`` the head is ``officers``."""
_CAPTIVITY_ENDED = frozenset(("released", "freed", "rescued", "former"))
"""Modifiers that put hostages out of captivity (``the three released captives``)."""
_MORE_WORDS = frozenset(("more", "further", "additional"))
"""Words that make a count more of a group already counted (``two more``)."""
_GROUP_NOUNS = word_set("team force contingent squad unit detachment battalion brigade")
_PANEL_NOUNS = word_set("committee commission panel board jirga tribunal patrol company")
"""Bodies of people appointed or sent, counted by size or by ``of`` (``a five-member
committee``, ``a patrol of 30 troops``): ``other`` unless a verb says what befell them."""
_KIND_MODIFIERS = word_set("missing dead confirmed injured wounded reported known presumed")
_KIND_WORDS_AFTER_HEAD = word_set(
    "dead killed injured wounded hurt missing freed rescued released arrested detained evacuated"
)
_ATTACKER_SINGULAR = frozenset(
    {w[:-1] for w in ATTACKER_NOUNS if w.endswith("s")} | {"gunman", "bandit", "hostage-taker"}
)
"""``one gunman``, ``one shooter``: a single attacker."""
_ARMABLE_HEADS = word_set("men youths people individuals assailants persons inmates prisoners")
"""Heads that count attackers when ``armed`` describes them (not ``armed police``)."""
_ARMED_AFTER = re.compile(
    r"(?:\s+in\s+their\s+(?:teens|twenties|thirties|forties|fifties|sixties|(?:late|early|mid)\s+"
    r"[a-z]+))?(?:,?\s+(?:(?:both|all|each)\s+)?(?:heavily\s+)?armed\s+with\b|"
    r"\s+(?:in|wearing)\s+(?:ski\s+|face\s+)?(?:masks|balaclavas|hoods)\b|"
    r"\s+(?:carrying|with)\s+(?:guns|rifles|assault\s+rifles|machetes|knives|axes|pistols|firearms|"
    r"automatic\s+weapons|Kalashnikovs|AK-47s)\b(?!\s+(?:wounds?|injuries)\b))",
    re.IGNORECASE,
)
"""``six men armed with rifles``, ``two men in their twenties, both armed with rifles``,
``two men in masks``, ``60 men with guns``."""
_MEN_ARRIVING = re.compile(
    r"[\"”]?\s+(?:in\s+(?:dark|black)\s+(?:clothing|clothes)\b|(?:who\s+)?(?:had\s+)?"
    r"(?:arrived|arriving|came|coming|rode|riding|turned\s+up)\s+(?:in|on|aboard)\s+"
    r"(?:(?:about|some|around|at\s+least|more\s+than|up\s+to)\s+)?(?:[\w-]+\s+)?"
    r"(?:motorcycles|motorbikes|motor-bikes|pick-?ups|pick-?up\s+trucks|horseback|camels)\b)",
    re.IGNORECASE,
)
"""``at least 20 men arrived on 11 motorcycles``, ``six men riding on three motorbikes``,
``five men in dark clothing``: men told by how raiders come and look, not by their arms
(for ``men`` and ``youths`` only: ``200 people arrived on motorcycles`` may be mourners)."""
_NO_ONE = re.compile(r"\b(?:no|every|each|any|the)\s*$", re.IGNORECASE)
_DEMONYM_SUFFIX = re.compile(r"^[A-Z][a-z]+(?:ians|eans|ans|ese)$")

# --- zero statements --------------------------------------------------------------------
_NO_ONE_RE = r"(?:no(?:body|\s+one|-one)|none|neither)"
_ZERO_GROUP = r"(?:the|my|our|his|her|their|its)\s+(?:[\w,'’-]+\s+){0,3}?[\w-]+"
"""The group after ``none of``: ``the reporters``, ``the five Chinese crew members``, ``the
governor's personal bodyguards`` (a count inside is the group's size, not a figure)."""
_DOING_TAIL = (
    r"(?:\s+(?:who\s+(?:were|was|are|is|had\s+been)\s+)?[a-z]{3,}(?:ing|ed)"
    r"(?:\s+(?!(?:and|but|or|when|where|while|after|before|as|until|because|said|says|told)\b)"
    r"[A-Za-z'’-]+){1,9}?|"
    r"\s+(?:who|that)\s+(?:had\s+|have\s+|has\s+)?(?!been\b)[a-z]{2,}ed"
    r"(?:\s+(?!(?:and|but|or|when|where|while|after|before|as|until|because|said|says|told|"
    r"is|are|was|were|has|have|had)\b)[A-Za-z'’-]+){0,6}?)?"
)
"""A participle (or a relative clause) that says which of a group a zero counts: ``none of
the reporters covering the march``, ``no tenants living beyond the fence``, ``no children
travelling in the rear carriage with their teacher``, ``none of the gunmen who escaped``; no
conjunction or verb of saying inside it, and never a number."""
_WHERE_TAIL = (
    r"(?:\s+(?:on\s+board|aboard|inside|underground|(?:on|in|at|outside|beyond)\s+(?:the\s+)?[\w-]+"
    rf"(?:\s+[\w-]+)?))?{_DOING_TAIL}"
)
"""``none of the pilgrims aboard``, ``none of the staff in the east wing``, ``none of the
reporters covering the march``."""
_ZEROS: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = tuple(
    (kinds, re.compile(pattern, re.IGNORECASE))
    for kinds, pattern in (
        (
            ("hostages",),
            r"\bthere\s+(?:are|were|is)\s+(?:now\s+|currently\s+|still\s+)?no\s+(?:more\s+|remaining\s+|"
            r"other\s+|longer\s+any\s+)?hostages\b(?:\s+(?:in|inside|left|at)\b[^,.;]{0,30})?|"
            r"\bno\s+(?:more|remaining|other|further)\s+hostages\b(?:\s+(?:in|inside|left|remain\w*|at)"
            r"\b[^,.;]{0,30})?|\bno\s+hostages\s+(?:remain\w*|left|inside|(?:are|were)\s+(?:still\s+)?"
            r"(?:being\s+)?held)\b|"
            # "no hostages had been taken", "no hostages were taken", "no one was taken hostage"
            r"\bno\s+(?:hostages|captives)\s+(?:(?:had|has|have|were|was)\s+(?:yet\s+|ever\s+)?been|"
            r"were|was)\s+(?:taken|seized)\b|\bno(?:body|\s+one|-one)\s+(?:had|has|have|was|were)\s+(?:yet\s+)?"
            r"(?:been\s+)?taken\s+(?:hostage|captive)\b",
        ),
        (
            ("wounded",),
            rf"\b{_NO_ONE_RE}\b(?:\s+(?:else|inside|of\s+(?:them|us|{_ZERO_GROUP}{_WHERE_TAIL})|among\s+[\w-]+))?\s+"
            r"(?:was|were|has\s+been|have\s+been|had\s+been|got|is|are|appeared\s+to\s+be)\s+"
            r"(?:seriously\s+|badly\s+|critically\s+|reported\s+)?(?:hurt|injured|wounded|harmed)\b|"
            r"\b(?:injured|injuring|injures|wounded|wounding|wounds)\s+(?:no(?:body|\s+one|-one))\b",
        ),
        (
            ("wounded",),
            # "none had serious injuries", "no residents have so far needed treatment"
            r"\b(?:no(?:body|\s+one|-one)|none(?:\s+of\s+(?:them|us|(?:the|my|our|his|her|their|its)\s+(?:[\w-]+\s+)?[\w-]+))?|"
            r"no\s+[a-z-]+)\s+"
            r"(?:(?:had|has|have)\s+(?:so\s+far\s+|yet\s+|since\s+)?(?:suffered|sustained|needed|required|"
            r"received|had)|suffered|sustained|needed|required|received|had|has|have)\s+(?:any\s+|serious\s+|"
            r"life-threatening\s+|major\s+|medical\s+|hospital\s+|emergency\s+)*(?:injur(?:y|ies)|"
            r"treatment|wounds?)\b",
        ),
        (
            ("wounded",),
            r"\bno\s+(?:reported\s+|serious\s+|other\s+|immediate\s+|further\s+)?injuries\b"
            r"(?:\s+(?:were|have\s+been|had\s+been|was)?\s*(?:reported|recorded))?"
            r"(?:\s+among\s+[^,.;]{0,40})?|\bno\s+(?:immediate\s+)?reports?\s+of\s+injuries\b",
        ),
        (
            ("killed",),
            rf"\b{_NO_ONE_RE}\b(?:\s+(?:else|of\s+(?:them|us|{_ZERO_GROUP}{_WHERE_TAIL})))?\s+"
            r"(?:was|were|has\s+been|"
            r"have\s+been|had\s+been|is|are)\s+(?:reported\s+)?killed\b|"
            r"\b(?:no(?:body|\s+one|-one))\s+(?:has\s+|had\s+)?died\b|"
            # "injured 27 people but killed no one": the verb's object is nobody
            r"\b(?:killed|killing|kills|kill)\s+(?:no(?:body|\s+one|-one))\b|"
            r"\bno\s+(?:deaths|fatalities)\b(?:\s+(?:were|have\s+been|had\s+been)\s+reported)?",
        ),
        (
            ("killed", "wounded"),
            r"\bno\s+(?:reported\s+)?casualties\b(?:\s+(?:were|have\s+been)\s+reported)?|"
            r"\bwithout\s+casualties\b|\bno\s+(?:immediate\s+)?reports?\s+of\s+casualties\b",
        ),
        (
            ("missing",),
            r"\b(?:no(?:body|\s+one|-one))\s+(?:is|was|remains|has\s+been)\s+(?:reported\s+)?missing\b|"
            r"\bno\s+one\s+(?:is\s+|remains\s+)?unaccounted\s+for\b",
        ),
        (
            ("freed",),
            # "none of the captives had been released", "no hostages have yet been freed"
            # (suspects or inmates not released are no captives)
            r"\b(?:none(?:\s+of\s+(?:them|us|(?:the|my|our|his|her|their|its)\s+(?:[\w-]+\s+)?(?!(?:suspects|detainees|prisoners|"
            r"inmates|convicts|accused)\b)[\w-]+))?|no\s+(?:more\s+|other\s+)?(?:hostages|captives|"
            r"abductees))\s+(?:has|had|have|was|were)\s+(?:yet\s+|so\s+far\s+)?(?:been\s+)?"
            r"(?:yet\s+)?(?:released|freed|set\s+free|let\s+go)\b",
        ),
        (
            ("arrested",),
            r"\bno\s+arrests\s+(?:have\s+been|had\s+been|were|was)\s+(?:made|reported)\b|"
            # "none had been arrested", "no one has yet been taken into custody"
            rf"\b{_NO_ONE_RE}(?:\s+of\s+(?:them|those|(?:the|my|our|his|her|their|its)\s+(?:[\w,-]+\s+)?[\w-]+){_DOING_TAIL})?\s+"
            r"(?:has|had|have|was|were)\s+"
            r"(?:yet\s+)?(?:been\s+)?"
            r"(?:arrested|detained|caught|captured|apprehended|taken\s+into\s+(?:police\s+)?custody)\b",
        ),
    )
)
_NO_ONE_HEDGED = re.compile(
    rf"\b{_NO_ONE_RE}\b(?:\s+(?:else|of\s+(?:them|us|those|{_ZERO_GROUP})))?{_WHERE_TAIL}\s+"
    r"(?:(?:is|was|were|are|has|have|had|been|be|being|now|still|yet|ever|so|far|also|reportedly|reported|"
    r"believed|thought|known|confirmed|understood|said|to|remains?|remained|listed|as)\s+){0,6}"
    r"(?P<verb>hurt|injured|wounded|harmed|killed|dead|missing|unaccounted\s+for|arrested|"
    r"detained|died|perished|among\s+the\s+(?:dead|injured|wounded|missing|victims|hostages|captives))"
    r"(?![\w-])(?!\s+(?:him|her|them|us|me|anyone|anybody)\b)",
    re.IGNORECASE,
)
"""``no one is now believed to be missing``, ``nobody in the next block was injured``, ``no
one is now listed as missing``: a zero stated through any chain of auxiliaries and hedges,
or none in a headline (``Market fire: 50 stalls razed, no one hurt``)."""
_NO_ONE_PAST_WHERE = re.compile(
    rf"\b(?:no(?:body|\s+one|-one))\b{_WHERE_TAIL},\s+(?:where|when|while)\s+[^,;:.()—–]{{1,80}},\s+"
    r"(?:(?:is|was|were|are|has|have|had|been|reportedly|reported)\s+){1,3}"
    r"(?P<verb>hurt|injured|wounded|harmed|killed|died)(?![\w-])",
    re.IGNORECASE,
)
"""``No one on the top deck, where a party of 40 was dancing, was hurt``: a zero whose verb
comes after an aside about the place (a count inside is the people there, not the zero)."""


def _without_harm_inside_a_where_aside(text: str, figures: list[RawFigure]) -> list[RawFigure]:
    """Drop a count inside the aside of :data:`_NO_ONE_PAST_WHERE` that took the zero's verb
    (``No one in the hall, where 30 guests were dining, was hurt``: the 30 were not hurt)."""
    spans = [
        (m.start(), m.end(), _HEDGED_KINDS[m.group("verb").lower()])
        for m in _NO_ONE_PAST_WHERE.finditer(text)
    ]
    return [
        f
        for f in figures
        if f.value == 0 or not any(a < f.start < b and f.kind == k for a, b, k in spans)
    ]


def _no_one_past_a_where_aside(text: str) -> list[RawFigure]:
    """Return the zeros of :data:`_NO_ONE_PAST_WHERE` in ``text``."""
    return [
        RawFigure(
            kind=_HEDGED_KINDS[m.group("verb").lower()], value=0, start=m.start(), end=m.end()
        )
        for m in _NO_ONE_PAST_WHERE.finditer(text)
    ]


_HEDGED_KINDS: dict[str, str] = {
    "hurt": "wounded", "injured": "wounded", "wounded": "wounded", "harmed": "wounded",
    "killed": "killed", "dead": "killed", "missing": "missing", "arrested": "arrested",
    "detained": "arrested", "died": "killed", "perished": "killed",
}  # fmt: skip
_NO_GROUP_HARMED = re.compile(
    r"\b(?:[Nn]o|[Nn]either)\s+(?:other\s+)?(?P<group>(?:[a-z-]+\s+)?"
    r"(?P<noun>(?![a-z]{3,}(?:ing|ed)\b)[a-z-]+)"
    # "no soldiers or police officers": two groups named at once, or a list of them
    # ("no nurses, porters or doctors")
    r"(?:,\s+(?:[a-z-]+\s+)?(?!(?:said|says|added|told)\b)[a-z-]+){0,4}"
    r"(?:,?\s+(?:or|nor)\s+(?:[a-z-]+\s+)?[a-z-]+)?)"
    # "no residents of the quarter", "no pupils at the school": where the group was
    # (or "of the San José care home on Calle O'Higgins": a name of several words)
    r"(?:\s+(?:of|at|in|on|from|inside|aboard|near)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|this\s+)?"
    rf"(?:[\w'’-]+\s+){{0,8}}?[\w'’-]+)?{_DOING_TAIL}\s+(?:was|were|"
    r"has\s+been|have\s+been|had\s+been|is|are|remains?|remained)\s+"
    # "no passengers are now listed as missing": a hedge of time or of record
    r"(?:(?:still|now|currently|officially|listed|recorded|registered)\s+(?:as\s+)?){0,2}"
    r"(?:(?:believed|thought|known|understood|reported|said)\s+to\s+(?:be|have\s+been)\s+)?"
    r"(?:seriously\s+|badly\s+|critically\s+|reported\s+)?"
    r"(?P<verb>hurt|injured|wounded|harmed|killed|missing|unaccounted\s+for|among\s+the\s+"
    r"(?:dead|injured|wounded|missing|victims|fatalities|hostages|captives)"
    r"(?:\s+or\s+(?:dead|injured|wounded|missing))?|"
    # "no nurses were among those still held", "… among those admitted"
    r"among\s+those\s+(?:still\s+)?(?:being\s+)?(?:held|taken|abducted|kidnapped|seized|admitted|"
    r"hospitali[sz]ed|treated|injured|hurt|killed)|"
    r"in\s+(?:the\s+)?(?:[a-z-]+\s+)?hospitals?|"
    r"in\s+intensive\s+care|taken\s+hostage|in\s+captivity|in\s+the\s+hands\s+of(?!\s+(?:the\s+)?(?:police|"
    r"troops|army|soldiers|authorities|courts?|doctors|rescuers)\b))(?![\w-])"
)
"""``no rescuers have been hurt``, ``no soldiers or police officers were hurt``, ``no
nurses, porters or doctors were hurt``, ``no
police officer remains unaccounted for``, ``no firefighters were among the dead``, ``no
foreigners are believed to be among the dead``, ``no children remain in hospital``, ``no
pupils were among the hostages``, ``no women were among those still held``: a zero for a
named group (checked to count people)."""
_NONE_AMONG = re.compile(
    r"\b[Tt]here\s+(?:were|was|are|is|had\s+been|have\s+been)\s+no\s+(?:other\s+)?"
    r"(?P<group>(?:[A-Za-z-]+\s+)?(?P<noun>[a-z-]+))\s+(?P<verb>among\s+the\s+"
    r"(?:dead|injured|wounded|missing|victims|fatalities|hostages|captives)"
    r"(?:\s+or\s+(?:dead|injured|wounded|missing))?)(?![\w-])"
)
"""``there were no foreign nationals among the dead or injured``: the zero of
:data:`_NO_GROUP_HARMED` with the verb before the group."""
_QUALIFIER_TAIL = re.compile(r"(?:\s+or\s+(?:more|so)|-?plus\b|\+)", re.IGNORECASE)
_RELATIVE = re.compile(
    r"\s*,\s*(?:who|which)\b[^,]*,|\s*,\s*(?:an?|the|both|his|her|their|including\s+(?:the|an?|his|her|their)|"
    r"(?:most|many|some|all|several|half|mostly|mainly|largely|chiefly|among|"
    # "The three crewmen, none of whom was hurt, were taken into custody"
    r"none|neither)(?:\s+of)?\s+"
    r"(?:them|whom))\s+(?:[^,;\d]|\d{1,3}-year-old|"
    r"(?:(?<=youngest\s)|(?<=oldest\s)|(?<=eldest\s)|(?<=youngest\sof\sthem\s)|"
    r"(?<=oldest\sof\sthem\s)|(?<=aged\s))\d{1,3}\b){1,80}?,"
    r"(?=\s+(?:were|was|are|is|had|have|has|also|later|all|both|died|remain\w*|still)\b)"
)
"""``, who were caught up in it,`` or an apposition (``Two civilians, a man and his son,
were also killed``, ``12 people, most of them women who had gone to fetch water, are still
missing``, ``Seven men, the youngest of them 22, died``, ``Four people, including the owner
and two clerks, are in custody``) between a count and its verb."""
_NAME_AGE_ASIDE = re.compile(
    r"\s*,\s*(?:(?:named|identified)\s+(?:by\s+(?:the\s+)?[a-z]+\s+)?as\s+)?"
    r"(?-i:(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+)\s*,\s*(?:aged\s+)?\d{1,3}\s*,"
    r"(?=\s+(?:were|was|are|is|had|have|has|also|later|died|remain\w*|still)\b)",
    re.IGNORECASE,
)
"""``One guard, Sergeant Ivo Maren, 31, died``, ``One attacker, named by police as Ivo
Maren, 31, was shot dead``: a name and an age between a count and its verb."""
_ONE_AGED_PREDICATE = re.compile(
    r"\s+[\w-]+\s*,\s*(?:aged\s+)?\d{1,3}\s*,\s+(?:is|was|has|had|remains|remained)\s+"
    r"(?:been\s+|still\s+|now\s+)?(?:in|among|being|killed|dead|died|missing|arrested|detained|"
    r"wounded|injured|hurt|held|freed|released|rescued|critical|shot|stabbed)\b",
    re.IGNORECASE,
)
"""``(said) one man, 52, had been arrested``: a count of one, its age, and its predicate."""
_FOUND_DEAD_AFTER = re.compile(
    r"\s+(?:(?:were|have\s+been|had\s+been|are|now|later|since|also|all)\s+){0,2}"
    r"(?:found|recovered|confirmed)\s+dead\b",
    re.IGNORECASE,
)
"""``(the last three) missing found dead``, ``(three) missing workers were found dead``: the
missing whose bodies were found are dead."""
_ONE_WAS_A = re.compile(r"\s+(?:was|is)\s+an?\s+(?P<words>[\w-]+(?:\s+[\w-]+){0,2})")
"""``one was a lorry driver``: a count of one that says who the person is."""
_ONE_OF_OUTCOME = re.compile(
    r"\s+(?:more\s+|other\s+)?of\s+(?:them|(?:the|its|their|our|his|her)\s+(?:[\w-]+\s+){0,2}?[\w-]+)"
    r"(?:\s*,\s*[^,.;]{1,90},|\s+(?:admitted|taken|rushed|rescued|pulled|injured|wounded|hurt|"
    r"abducted|kidnapped|seized|held|trapped|(?:escort|guard|travell|rid|work|accompany)ing)\b[^,.;\d]{0,50}?|"
    r"\s*,\s*who(?=\s+(?:was|has\s+been|had\s+been)\s))?\s+"
    r"(?:(?:was|has\s+been|had\s+been|is)\s+(?:(?:also|later|still|now|being)\s+){0,2}(?:killed|shot|wounded|injured|"
    r"hurt|arrested|detained|captured|freed|released|rescued|abducted|kidnapped|missing|"
    r"still\s+missing|found\s+dead|treated)|(?:has\s+|had\s+|later\s+|since\s+)?died|"
    r"(?:had|has|suffered)\s+(?:a\s+)?(?:gunshot|stab|shrapnel|head)\s+(?:wound|injury)|"
    r"(?:(?:is|was|remains|remained)\s+)?(?:still\s+)?in\s+(?:(?:a\s+)?(?:serious|critical|grave|"
    r"stable)\s+condition|intensive\s+care))\b",
    re.IGNORECASE,
)
"""``One of the kidnappers was killed``, ``one of the assailants, who was shot dead``: one of a
group, with what befell them."""
_ONE_PREDICATE = re.compile(
    r"\s+(?:[\w-]+\s+){1,2}?(?:is|was|has|had|remains|remained)\s+(?:been\s+|still\s+|now\s+)?"
    r"(?:in|among|being|killed|dead|died|missing|arrested|detained|wounded|injured|hurt|held|"
    r"freed|released|rescued|critical|shot|stabbed|found\s+dead|taken\s+to\s+hospital)\b",
    re.IGNORECASE,
)
"""``(said) one person is in custody``, ``(said) one child was among the dead``, ``(said) one
guard had died``: a count of one with its predicate."""
_ONE_STATE = re.compile(
    r"\s+(?:(?:is|was|remains|remained)\s+(?:still\s+)?(?:in\s+(?:the\s+)?hospital|in\s+(?:a\s+)?"
    r"(?:critical|serious|stable|grave)\s+condition|in\s+intensive\s+care|critical|in\s+custody)|"
    r"(?:(?:has|had)\s+)?(?:(?:since|later|also|subsequently)\s+)?died|"
    # "one had been shot in the arm", "One has a broken leg": a wound named by the body
    r"(?:has|had|was)\s+(?:been\s+)?(?:shot|stabbed|hit|wounded|burned)\s+in\s+the\s+[a-z]+|"
    r"(?:has|had)\s+(?:a\s+)?(?:broken|fractured|crushed|gunshot)\s+(?:[a-z]+\s+)?[a-z]+)\b",
    re.IGNORECASE,
)
"""``One is in hospital with broken ribs``, ``One has died``, ``one had been shot in the
leg``, ``One has a broken arm``: one person, in a state only people are in."""
_ONE_ADVERB = re.compile(
    r"\s+(?:seriously|critically|badly|severely|gravely|fatally)\b", re.IGNORECASE
)
"""``Four were injured, one seriously``: a part of the count before."""
_ONE_OF_THEM_HURT = re.compile(
    r"\s+(?:of\s+them\s+)?(?:(?:seriously|critically|badly|severely|gravely)\b|with\s+(?:a\s+|an\s+)?"
    r"(?:gunshot|stab|bullet|shrapnel|head|serious|critical|severe|life-threatening)\s+"
    r"(?:wounds?|injur(?:y|ies)|burns)\b|in\s+(?:a\s+)?(?:serious|critical|grave|"
    r"life-threatening)\s+condition\b|in\s+intensive\s+care\b)",
    re.IGNORECASE,
)
"""``Six were hurt, one of them seriously``, ``…, one of them with a gunshot wound``, ``…, one
in a serious condition``: a part of the hurt counted before, its harm said by its state."""
_PART_WOUNDED = re.compile(
    r"\s+(?:of\s+them\s+(?:badly\s+|seriously\s+|slightly\s+)?wounded\b|with\s+(?:a|an)\s+"
    r"(?:[a-z]+\s+)?wound\s+(?:to|in)\s+(?:the|his|her)\b)",
    re.IGNORECASE,
)
"""``two gunmen were arrested, one of them wounded``, ``… taken alive, one with a wound to the
shoulder``: a part of the people caught or freed, wounded (the verb after a comma)."""
_COMMA_GAP = re.compile(r"[^,.;\d]{0,40},\s*")
_TWO_WORDS = re.compile(r"\s+(?:[\w-]+\s+)?([\w-]+)")
_KIND_WORD_AFTER = re.compile(r"\s+(?:dead|killed|injured|wounded|hurt|missing)\b", re.IGNORECASE)
# A relative clause right after the phrase, full or reduced ("people who were taken
# hostage", "people believed to have been inside"): what it says is not the verb.
_RESTRICTIVE = re.compile(
    r"\s+(?:who|that|whose|(?:believed|thought|feared|understood|known|said|reported)\s+to)\s+"
)
_SPEECH_AFTER_COMMA = re.compile(
    r",\s*(?:said|says|told|tells|added|adds|recalled|explained)\b", re.IGNORECASE
)
_BUT_NONE = re.compile(r",\s*but\s+(?:no|none|nobody|no-one)\b", re.IGNORECASE)
_WHOSE_VERB = re.compile(
    r"[^,;]*?\b(?:(?:had|have|has|were|was|are|is)\s+(?:been\s+)?(?:\w+ly\s+)?[a-z]+(?:ed|en)\b|"
    r"[a-z]{3,}ed\b|(?:had|have|has|were|was|are|is)\b)"
)
"""The verb of a ``whose`` clause: ``residents whose homes flooded …`` (the homes')."""
_COORDINATION = re.compile(
    # "180 residents of the block and two neighbours were moved": a short place or group
    # after the first count does not part it from the verb they share.
    r"(?:\s+(?:of|from|in|at)\s+(?:the\s+|a\s+|an\s+)?[^\W\d][\w'’-]*(?:\s+[^\W\d][\w'’-]*)?)?"
    r"\s*[,—–-]?\s*(?:(?:and|or|as\s+well\s+as|plus|including|of\s+whom|among\s+them)\s+)?",
    re.IGNORECASE,
)
_COORDINATED_DEFINITE = re.compile(r"\s+and\s+(?:the|their|its|all)\s+", re.IGNORECASE)
"""``43 pupils and the two teachers``: a second count named with ``the`` shares the verb."""


def _coordinated_definite(text: str, start: int, next_number: int) -> bool:
    """Return True when only ``and the`` (``their``, ``its``, ``all``) parts a count from the
    next one (``Six players and the two coaches are still held``): the two share the verb."""
    return bool(_COORDINATED_DEFINITE.fullmatch(text, start, next_number))


_NAME_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")
_OPENING_MARKS = " \t\"'‘“«(["
"""Marks that may open a sentence before its first word (a quotation, a bracket)."""
_SPEAKER_AFTER = re.compile(
    r"\s+(?:said|says|told|reported|confirmed|added|stated|tweeted|posted)\b", re.IGNORECASE
)
_ACCORDING_TO = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.IGNORECASE)
_YEAR_PREPOSITION = re.compile(r"\b(?:in|since|until|till|during|before|after)\s+$", re.IGNORECASE)
"""``in 2009 gunmen …``: a year before its sentence's subject, not a count of gunmen."""
# Capitalised words that may stand right before a count in a title-case headline
# ("Floods Kill 231", "5 Rescued, 34 Missing") or open a sentence ("About 800 …").
_HEADLINE_WORDS: frozenset[str] = word_set(
    """kill kills killed killing leave leaves left leaving injure injures injured wound wounds
    wounded free frees freed rescue rescues rescued release releases released arrest arrests
    arrested detain detains detained evacuate evacuates evacuated hold holds holding held take
    takes took taking seize seizes seized abduct abducts abducted kidnap kidnaps kidnapped
    storm storms death deaths toll dead at least over nearly about some around almost up to
    than more roughly approximately as many and with of for after as by in on among including
    hit hits rise rises rose climb climbs climbed reach reaches reached jump jumps jumped
    top tops topped pass passes passed nears near claim claims claimed strike strikes
    missing another further additional estimated total all above below beyond past exceeds
    exceed exceeded surpasses surpassed tops topped hits"""
)
_TOLL_AT = re.compile(r"\btoll\b[^.;]{0,30}\b(?:at|to|of)\s+$", re.IGNORECASE)
# A lower-case plural that is not a people noun: the number counts things.
_PLURAL_NOUN = re.compile(r"[a-z][a-z-]+[^su\W]s")
_THEN = re.compile(
    r"\b(?:before|until|and\s+(?:later|then|were\s+later|was\s+later)|but\s+(?:were|was)\s+later)"
    r"\s+(?:being\s+|they\s+were\s+|he\s+was\s+|she\s+was\s+)?$",
    re.IGNORECASE,
)
_THEN_AHEAD = re.compile(r"\b(?:before|until|later|then)\b", re.IGNORECASE)
_ON_BOARD = re.compile(r"on\s+board|aboard|onboard|boarded|on\s+(?:the|a|an)\s", re.IGNORECASE)
_OUTCOME = re.compile(
    r"\b(?:have|has|had|were|was|are|is)\s+(?:all\s+)?(?:been\s+)?(?:killed|dead|injured|wounded|"
    r"hurt|missing|rescued|evacuated)\b|\b(?:died|survived|survive)\b",
    re.IGNORECASE,
)
_LIST_JOIN = re.compile(r"(?:\s+in\s+[^,;]{1,30})?,?\s+(?:and|or)\s+", re.IGNORECASE)
_ELIDED = re.compile(r"[^.;\d]{0,40}\b(?:but|and|while|whereas)\s+", re.IGNORECASE)
_NUMBERING = re.compile(
    r"\b(?P<noun>[A-Za-z-]+),?\s+[\"“]?(?:who\s+(?:[a-z-]+\s+){0,3}?)?"
    r"(?:(?:believed|thought|said|estimated|reported|understood)\s+to\s+number|"
    r"(?:(?:now|still)\s+)?(?:numbers?|numbering|numbered)|totall?ing|totall?ed)\s+[\"“]?"
    r"(?:between\s+)?$",
    re.IGNORECASE,
)
"""``the gunmen, numbering …``, ``the attackers, who witnesses said numbered …``, ``the
raiders, "numbering about 65 …``, ``the band, believed to number between 25 and 35 men``,
``the bandits now number about 30``."""
_NUMBERING_WORDS = ("numb", "total")
"""Case-folded literals one of which every :data:`_NUMBERING` match holds (its verbs:
``number``, ``numbering``, ``totalling`` …); none of their letters has a case-blind match
outside ASCII, so a window without them is answered without the search."""
_NUMBERED_PAST_RELATIVE = re.compile(
    r"\b(?P<noun>[a-z-]+)\s+(?:(?:that|which|who)\s+)?(?:[a-z]+ing|held|took|seized|stormed|"
    r"attacked|raided)\s+(?:the|their|its|his|her)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s+numbered\s+"
    r"(?:between\s+)?$",
    re.IGNORECASE,
)
"""``the gang holding the captives numbered …``, ``the kidnappers who seized the bus
numbered …``: an attackers' group, then what it did, then its size."""
_COLLECTIVE_ATTACKERS = word_set("gang band cell")
"""Groups named in the singular whose members are attackers (``the gang, numbering …``)."""
_NUMBERED_HEADS = word_set("men people individuals")
"""Heads too plain to name a group a numbering verb already named (``… to number 50 men``)."""
_GROUP_OF = re.compile(
    r"\b(?P<group>(?:(?!(?:a|an|the|of)\s)[a-z-]+\s+)?(?P<noun>team|force|contingent|squad|"
    r"unit|detachment|battalion|brigade|company|patrol|commission|committee|panel))\s+of\s+$",
    re.IGNORECASE,
)
"""``a rescue team of 45``, ``a Special Investigation Team of eight officers``: a team of
people sent (the deployed kind unless a verb says)."""


def _group_of_before(text: str, end: int) -> re.Match[str] | None:
    """Return :data:`_GROUP_OF` ending at ``end`` (in the 40 characters before it). It ends
    in ``of`` and spaces, so a window that does not (most) is answered without the search,
    which tries the pattern at every position of the window; neither ``o`` nor ``f`` has a
    case-blind match outside ASCII."""
    floor = max(0, end - 40)
    if text[floor:end].rstrip()[-2:].lower() != "of":
        return None
    return _GROUP_OF.search(text, floor, end)


_SIZED = re.compile(GROUP_SIZE_RE, re.IGNORECASE)
_SIZED_GROUP = re.compile(
    GROUP_SIZE_RE + r"\s+(?P<group>(?:[\w-]+\s+){0,4}?(?P<noun>team|force|"
    r"contingent|squad|unit|detachment|delegation|crew|mission|group|gang|band|cell))\b",
    re.IGNORECASE,
)
"""``a 45-strong search and rescue team``, ``a three-man gang``: a group counted by size."""
_SIZED_PANEL = re.compile(
    GROUP_SIZE_RE + r"\s+(?P<group>(?:[\w-]+\s+){0,3}?(?P<noun>committee|commission|panel|board|"
    r"jirga|tribunal|patrol|company))\b",
    re.IGNORECASE,
)
"""``a four-member probe committee``, ``a six-member board of inquiry``: people appointed
to look into the event, counted by size (``other``, as a team sent is)."""
_ZERO_WORDS = (
    "hostage", "injur", "hurt", "wound", "harm", "kill", "died", "death", "fatalit", "casualt",
    "missing", "unaccounted", "arrest", "detain", "custody", "dead", "hospital", "intensive",
    "caught", "captured", "apprehend", "victim", "treatment", "captive", "captivit", "hands of",
    "released", "freed", "set free", "let go", "held", "admitted", "treated",
)  # fmt: skip
"""Words one of which every zero statement holds (``no one was hurt``)."""
_NEGATION = re.compile(
    r"[NnWw-](?:(?<=\b[Nn])(?:o|one|obody|either)\b|(?<=\bN)O\b|(?<=\b[Ww])ithout\b|(?<=-)one\b)"
)
"""A word that can make a statement a zero (``no``, ``NO``, ``none``, ``nobody``, ``without``,
``neither``, ``no-one``); only asked whether one occurs. The pattern opens with the set of
their first characters (the word boundary is checked behind it), so the search skips to the
next such character instead of trying every position: three times as fast."""
_AMONG_THEM = re.compile(
    r"(?:[^.;:]|\b[ap]\.m\.){0,60}?[,;—–-]\s*(?:(?:among\s+(?:them|whom|those)|of\s+whom)(?:\s+(?:were|are|was|is))?|"
    r"including\s+(?:those|the\s+bodies|the\s+remains)\s+of)\s+$",
    re.IGNORECASE,
)
"""``…, among them at least one teacher``, ``among whom were six tourists``, ``including
those of four children``: a part of the figure before it (a time such as ``7 a.m.`` may
stand between)."""
_AMONG_PART = re.compile(
    r"among\s+(?:them|whom|those)\s+(?:(?:were|are|was|is)\s+)?", re.IGNORECASE
)
"""``among them`` before a count: a part of the people a verb's object counted."""
_TAKEN_ALONG = re.compile(
    r"\s+(?:with\s+them|away|along|captive|into\s+captivity|ashore)\b", re.IGNORECASE
)
_TAKEN_FROM = re.compile(
    r"\s+from\s+(?:the|a|an|their|its|his|her|our)\s+(?!(?:[\w-]+\s+){0,2}?(?:rubble|debris|"
    r"water|waters|river|sea|lake|wreckage|wreck|ruins|flames|fire|mud|snow|floods?|smoke|"
    r"roofs?|rooftops?)\b)",
    re.IGNORECASE,
)
"""``took 12 people from the school``: taken from a place, not out of a danger (which
would be a rescue); the caller leaves out a taking by the police."""
_DASHED_ASIDE = re.compile(r"\s+(?:-|—|–|--)\s+[^.;:()—–-]{1,80}?\s+(?:-|—|–|--)(?=\s)")
"""`` - 25 players and two coaches - ``: an aside between dashes after a count."""


def _past_dashed_aside(text: str, at: int) -> int:
    """Return where ``text`` goes on after an aside between dashes at ``at`` (``took 27
    people - 25 players and two coaches - from the pitch``), or ``at`` when none opens there."""
    if at >= len(text) or text[at : at + 3].strip() not in ("-", "—", "–", "--"):
        return at
    aside = _DASHED_ASIDE.match(text, at)
    return aside.end() if aside else at


_DASHED_MEMBERS = re.compile(
    r"\s+[—–]\s+(?:the|an?|his|her|their|its|\w+)\s[^.;:()—–]{1,100}?\s[—–]"
    r"(?:\s+(?:have|has|had|were|was|are|is|been|being|all|later|since|then|also))*\s+"
)
"""`` — the builder who dug the pit and his foreman — were (detained)``: the members of a
count set off by long dashes, then the auxiliaries of the count's own verb."""
_MEMBER_CUE_KINDS = frozenset(
    ("killed", "wounded", "hostages", "freed", "missing", "arrested", "evacuated")
)


def _cue_past_dashed_members(text: str, cues: list[_Cue], phrase: _Phrase) -> str | None:
    """Return the kind of the verb right after the members a count lists between long dashes
    (``Two men — the builder who dug the pit and his foreman — were detained``): the members'
    own words (a relative clause, a count of their own) do not end the count's clause."""
    if (
        not phrase.people
        or phrase.attackers
        or text[phrase.end : phrase.end + 3].strip()
        not in (
            "—",
            "–",
        )
    ):
        return None
    members = _DASHED_MEMBERS.match(text, phrase.end)
    if members is None:
        return None
    for cue in cues:
        if cue.start == members.end():
            return cue.kind if cue.kind in _MEMBER_CUE_KINDS and "R" in cue.modes else None
    return None


_ESCAPED_AFTER = re.compile(
    r"\s+(?:had\s+|have\s+)?(?:escaped|fled|got\s+away|slipped\s+away)\b", re.IGNORECASE
)
"""``(the other two) escaped``, ``(three) fled``: a bare count that got away."""
_GOT_AWAY_AFTER = re.compile(
    r",?\s+(?:(?:is|are|was|were)\s+(?:thought|believed|said|reported)\s+to\s+have\s+)?"
    r"(?:(?:had|have|has|are|were|is|was)\s+)?(?:(?:still|since|later|then)\s+)?"
    r"(?:escaped|fled|got\s+away|slipped\s+away|remain(?:s|ed)?\s+at\s+large|(?:at\s+large|"
    r"on\s+the\s+run))\b",
    re.IGNORECASE,
)
"""``the rest, believed to number about six, escaped``, ``two remain at large``: a count
that got away, after an aside about its size or with the words of a manhunt."""
_TAKEN_ASHORE = re.compile(
    r"\s+(?:(?:who|that)\s+(?:were|was|had\s+been)\s+)?taken(?:\s+ashore\b|(?=\s*[,;:])|"
    r"(?=\s+(?:were|are|included|include|remain|remained)\b))"
)
"""``the four taken ashore``: taken off the vessel by its captors; ``Of the six taken, two
are …``, ``Five of those taken were …``: the people taken, where people are held."""
"""``took nine seafarers with them``: taken by those who took them."""
_HELD_INSIDE = re.compile(
    r"\s+(?:(?:are|were|is|was|remain(?:ed|s)?)\s+(?:still\s+)?)?inside\b"
    r"(?!\s+(?:the\s+)?(?:hospital|ambulances?)\b)",
    re.IGNORECASE,
)
"""``14 people were inside when the shutters came down``, ``leaves 19 people inside``: the
people inside a place under siege, which are the people held there."""
_PRESENT_WHEN_IT_BEGAN = re.compile(
    r"[^.;]{0,40}?\bwhen\s+[^.;]{0,40}?\b(?:began|begun|started|broke\s+out|erupted|"
    r"opened\s+fire|struck|stormed|attacked|(?:burst|broke|came|forced\s+their\s+way)\s+in)\b",
    re.IGNORECASE,
)
"""``about 60 people were inside when the attack began``, ``when the gunmen stormed it``:
present when it began, some of whom fled; not the people held."""
_HOME_WORDS = ("back", "home", "with us", "returned", "freedom", "return", "out alive")
"""Literal words one of the homecoming patterns needs: a sentence with none skips them."""
_BACK_HOME_AFTER = re.compile(
    r"\s+(?:(?:have|has|had)\s+(?:(?:now|since|all|finally|safely)\s+)*(?:come|made\s+it)\s+"
    r"(?:back|home)|(?:are|is)\s+(?:(?:now|all|safely|finally)\s+)*(?:back|home|with\s+us|"
    r"coming\s+home|on\s+(?:their|his|her)\s+way\s+home)|(?:have|has|had)\s+"
    r"(?:(?:now|since|all|safely|finally)\s+)*returned(?:\s+home)?|(?:have|has|had)\s+"
    r"regained\s+(?:their|his|her)\s+freedom)\b",
    re.IGNORECASE,
)
"""``Five have come back to us``, ``22 of our colleagues are back``, ``two are now with us``:
where people are held by others, people home again are out of their captors' hands."""
_BACK_HOME_RELATIVE = re.compile(
    r"(?:\s+and\s+[a-z-]+)?\s+(?:(?:who|that)\s+)?(?:(?:have|has|had)\s+)?(?:(?:now|since|all|"
    r"safely|finally)\s+)*(?:came|come|made\s+it)\s+(?:back|home)\b|\s+and\s+[a-z-]+\s+"
    r"(?:are|is)\s+(?:(?:now|all|safely|finally)\s+)*(?:back|home)\b",
    re.IGNORECASE,
)
"""``the nine who came back``, ``22 of our brothers and sisters are back``: a homecoming
told in a relative clause, a past tense, or after a pair of nouns."""
_TAKEN_THEN_FREED = re.compile(
    r"[^.;:,\d]{0,30}?\b(?:abducted|kidnapped|seized|snatched)\s[^.;:,\d]{0,100}?(?<![\w-])"
    r"(?:(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:(?:all|later|since|finally|safely|"
    r"now)\s+)?(?:freed|released|rescued|set\s+free)|(?:have|has|had)\s+(?:(?:all|since|now|"
    r"finally)\s+)?(?:escaped|regained\s+(?:their|his|her)\s+freedom)|escaped|escapes?|freed|"
    r"released|regain\s+(?:their|his|her)\s+freedom)\b",
    re.IGNORECASE,
)
"""``Fourteen of the miners abducted in Monday's raid on the Gold Ridge camp were freed``,
``Eight abducted Lake Side workers escape``: the participle says how they were taken, the
verb after it what befell them; it may stand after names the phrase reader stops at."""
_CAPTIVES_FREED_WHEN = re.compile(
    r"\s+(?:freed|released|rescued)\s+(?:when|after|by|in|on|during|from)\b", re.IGNORECASE
)
"""``among the four hostages freed when police stormed the shop``: captives freed."""
_NEGATION_WORDS = re.compile(r"\b(?:not|never|yet|no\s+longer)\b|n['’]t\b", re.IGNORECASE)
_CAPTORS_TOOK = re.compile(
    r"\b(?:took|taking|carried\s+(?:away|off)|carrying\s+(?:away|off)|whisked\s+away|whisking\s+"
    r"away|spirited\s+away|spiriting\s+away|herded|herding|dragged\s+away|dragging\s+away|"
    r"made\s+off\s+with|making\s+off\s+with)\s+(?:away\s+|off\s+)?(?:also\s+)?"
    r"(?:(?:the|another|all|their)\s+)?$",
    re.IGNORECASE,
)
"""``carrying away 23 workers``, ``whisked away 17 employees``, ``herded 25 shoppers into``:
a verb of taking people, right before the count."""
_THEY_FIRST = re.compile(r"^\W*they\b", re.IGNORECASE)
_TAKEN_TO = re.compile(r"\s+(?:to|back)\b", re.IGNORECASE)
_ATTACK_NOUNS = (
    r"(?:attacks?|assaults?|raids?|ambush|bombings?|massacre|siege|riot|robbery|heist|"
    r"kidnapping|abduction|hijacking|shooting)"
)
_DID_THE_ATTACK = re.compile(
    r"\s+(?:(?:had|have|has|were|was|are|is|may\s+have|may\s+be|had\s+been|have\s+been)\s+)?"
    r"(?:(?:all|also|actually|in\s+fact)\s+)?(?:carried\s+out|took\s+part\s+in|taken\s+part\s+in|"
    r"involved\s+in|staged|mounted|planned|organi[sz]ed)\s+(?:the|both|this|that|an?)\s+"
    r"(?:[\w-]+\s+){0,2}?" + _ATTACK_NOUNS + r"\b",
    re.IGNORECASE,
)
"""``the same three men carried out both attacks``, ``three women were involved in the
attack``: the people who did it, counted as its subject."""
_PREPARED_THE_ATTACK = re.compile(
    r"\s+(?:(?:(?:had|have|has|were|was|are|is|had\s+been|have\s+been)\s+)?(?:(?:all|also)\s+)?"
    r"(?:involved\s+in|helped(?:\s+to)?)\s+(?:planning|preparing|organi[sz]ing|plan|prepare|"
    r"organi[sz]e)\s+(?:the|both|this|that|an?)\s+(?:[\w-]+\s+){0,2}?" + _ATTACK_NOUNS + r"\b|"
    r"(?:may|might|could)\s+(?:have\s+been|be)\s+involved\b)",
    re.IGNORECASE,
)
"""``up to six people were involved in planning the attack``, ``five people helped prepare
the attack``, ``up to four men may be involved``: accomplices and suspects, attackers."""
_ATTACK_DONE_BY = re.compile(
    r"\b" + _ATTACK_NOUNS + r"\s+(?:(?:was|were|had\s+been|has\s+been)\s+)?(?:carried\s+out|"
    r"planned|led|staged|mounted|organi[sz]ed)\s+by\s+(?:the\s+|a\s+group\s+of\s+)?$",
    re.IGNORECASE,
)
"""``the riot was led by about 40 members of …``: the attack's agents after ``by``."""
_UNTIL_BEFORE = re.compile(
    r"\buntil\s+(?:all\s+)?(?:the\s+|our\s+|those\s+|these\s+)?(?:(?:remaining|last|other)\s+)?$",
    re.IGNORECASE,
)
_AWAITED_AFTER = re.compile(
    r"\s+(?:return|come\s+(?:back|home)|(?:are|is)\s+(?:back|home|free|freed|released))\b",
    re.IGNORECASE,
)
_BRING_BEFORE = re.compile(
    r"\bbring(?:ing)?\s+(?:back\s+|home\s+)?(?:all\s+)?(?:the\s+|our\s+|those\s+|these\s+)?"
    r"(?:(?:remaining|last|other)\s+)?$",
    re.IGNORECASE,
)
_BRING_AFTER = re.compile(r"(?:\s+of\s+them)?\s+(?:home|back|out\s+alive)\b", re.IGNORECASE)
"""``until the last four are home``, ``we will bring all nine home``: a homecoming still
awaited, so the people are still held (a release still sought counts hostages)."""
_AGENT_BEFORE = re.compile(
    r"\b(?:killed|shot|dead|stabbed|attacked|wounded|injured|rescued|freed|arrested|detained|"
    r"saved|evacuated|confronted|stopped|overpowered|subdued)\s+by\s+(?:the\s+|some\s+)?$",
    re.IGNORECASE,
)
"""A passive verb's ``by`` before a count: the count is the agent (``killed by two officers``)."""
_LISTED_UNDER = re.compile(
    r"\b(?:(?P<freed>freed|released|rescued)\s+[a-z-]+|(?P<noun>dead|victims|injured|wounded|"
    r"missing|hostages|captives|abductees))\s*(?:\s[-–—]|[–—])\s*"
    r"(?:[^–—.;:()\d]{1,40}?(?:,|\s+and)\s+)*$",
    re.IGNORECASE,
)
"""``the 17 dead — 11 men, three women and`` or ``the freed captives - three Danes and``
right before a count: a part of a group the head names by its kind, set off by a dash
(the kind of :data:`KIND_NOUNS`; ``victims``, not there, are the dead)."""
_DASHED = re.compile(r"[–—]|\s-\s")
"""A dash, which every :data:`_LISTED_UNDER` match holds (most windows have none)."""
_HARM_VERBS = ("killed", "shot", "stabbed", "attacked", "wounded", "injured")
"""The :data:`_AGENT_BEFORE` verbs whose agent attacked (not those of a rescue or arrest)."""
_PART_CLOSED_BY_AND = re.compile(r"[^,;.]{0,40}?,\s+and\s+")
"""``…, including six soldiers, and …``: a part closed by a comma before a verb of the
sentence's subject."""
_INCLUDING_BEFORE = re.compile(
    r",\s*(?:including|among\s+(?:them|whom))\s+"
    r"(?:(?:the|a|an|his|her|their|its)\s+[^,;.\d—–]{1,40}?\s+and\s+)?$",
    re.IGNORECASE,
)
"""``…, including`` or ``…, among them the manager and`` right before a count: a part of the
count before it."""
_MEMBERS_BEFORE_PART = re.compile(
    r",\s*(?:including|among\s+(?:them|whom))\s+"
    r"(?:(?:[^,;:.\d—–()\"“”]{1,60}?,\s+){0,2}[^,;:.\d—–()\"“”]{1,60}?(?:,\s+and|\s+and)\s+)?"
    r"all\s+$|"
    r",\s*(?:including|among\s+(?:them|whom))\s+"
    r"(?:[^,;:.\d—–()\"“”]{1,60}?,\s+){1,2}(?:[^,;:.\d—–()\"“”]{1,60}?,\s+)?and\s+$|"
    r",\s*(?:including|among\s+(?:them|whom))\s+(?![a-z]+ed\b)[^,;:.\d—–()\"“”]{1,60}?\s+and\s+$|"
    r":\s+(?:the|an?|his|her|their|its)\s+[^,;:.\d—–()\"“”]{1,60}?(?:,\s+and|\s+and)\s+$"
)
"""``…, among them all nine drivers``, ``…, among them the pastor, a man of 70, and eight
children``, ``…, among them cattle herders and five boys``, ``five are in custody: the
director of the ferry firm and four inspectors``: a part of the count before it that comes
after other members of the list (a named person with an apposition, a group with no number)
or after ``all``; one ``_INCLUDING_BEFORE`` does not reach."""
_PARTS_MARK = re.compile(
    r"[,;—–-]\s*(?:including|among\s+(?:them|whom|those)(?:\s+(?:were|are|was|is))?|of\s+whom"
    r"(?:\s+(?:were|are|was|is))?)\s+(?:[^,;.\d—–]{1,40}?(?:,\s+|\s+and\s+))?$|[—–-]\s*$",
    re.IGNORECASE,
)
"""The words that open the parts of a count (``…, including``, ``among them``, a dash)."""
_CLOSING_DASH = re.compile(r"[—–)]|\s-\s")
_DASH_PARTS = re.compile(r"(?:\s-|[—–])\s*(?:[^–—.;:()\d]{1,40}?(?:,|\s+and)\s+)?$")
"""``six died - four women and`` right before a count: a member of a list of parts that a
dash opens after the count it breaks down."""
_PARTS_JOIN = re.compile(r"\s*(?:,\s*|,?\s+and\s+)")
"""What joins two parts of a count: a comma or ``and``."""
_PART_NP = re.compile(
    r"\s+(?P<np>(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z][a-z-]+[^su\W]s))"
    r"(?=\s*$|\s*[,.;:)—–]|\s+(?:and|who|from|in|at|of|on|with)\b)"
)
"""``two local councillors``: the plural head of a part of a count of people."""
_PART_WHO = re.compile(r"^\s+(?:(?:are|were|is|was)\s+)?(?:all\s+)?(?P<np>[^,.;:]{2,60})")
"""``15 of them women``, ``seven of them were pensioners``: what the part is."""
_AMONG_WHO = re.compile(r"\bamong\s+(?:those\s+|the\s+)?(?P<noun>[\w-]+)\s*$", re.IGNORECASE)
_TO_HOSPITAL = re.compile(
    r"(?:\s+[^,;.\d]{0,40}?)?\s+to\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}?" + _CARE_PLACES + r"\b",
    re.IGNORECASE,
)
"""``took 19 to hospital``, ``rushed 12 injured miners to a nearby clinic``."""
_PATIENT_HEADS = word_set("patients casualties injured wounded")
"""Heads that count people in care whatever town they are sent on to."""
_SENT_ON_TO = re.compile(r"(?:\s+[^,;.\d]{0,40}?)?\s+(?:on\s+)?to\b", re.IGNORECASE)
"""``sent nine patients on to the capital``: referred to another hospital."""
_TO_SAFETY = re.compile(
    r"(?:\s+[^,;.\d]{0,40}?)?\s+(?:back\s+to|(?:out\s+of|away\s+from|from)\s+(?:the\s+|their\s+|"
    r"nearby\s+|surrounding\s+)?(?:[\w-]+\s+){0,2}?(?:homes?|houses|villages?|streets?|areas?|"
    r"buildings?|neighbou?rhoods?|towns?|vicinity|zones?|districts?|settlements?|estates?|"
    r"blocks?|premises|banks?|coast|valley|island|halls?|schools?|campus|hotels?|malls?|churches?|"
    r"mosques?|stadiums?|theat(?:re|er)s?|offices?|factor(?:y|ies)|plants?|markets?)|"
    r"to\s+(?:safety|safer|higher\s+ground|"
    r"shelters?|camps?|(?:[\w-]+\s+)?(?:relief|evacuation|temporary|emergency|transit)\s+"
    r"(?:camps?|shelters?|cent(?:re|er)s?|sites?)))\b",
    re.IGNORECASE,
)
"""``moved 800 families out of the valley``, ``escorted 75 pilgrims back to the city``."""
_CLEARED_FROM = re.compile(r"(?:\s+[^,;.\d]{0,40}?)?\s+(?:from|off|out\s+of)\b", re.IGNORECASE)
"""``cleared some 300 traders from the market``: people the authorities moved away."""
_MOVED_TO_PLACE = re.compile(
    r"(?:\s+[^,;.\d]{0,60}?)?\s+(?:in)?to\s+(?:an?|the|other|nearby|temporary|safer)\s+"
    r"(?!(?:[\w-]+\s+){0,3}?(?:" + _CARE_PLACES + r"|prisons?|jails?|morgues?|mortuar(?:y|ies)|"
    r"police|court|cells?|custody|vans?|trucks?|buses)\b)",
    re.IGNORECASE,
)
"""``moved about 350 residents of the area to a school``: rehoused, not sent to hospital."""
_TO_NAMED_PLACE = re.compile(
    r"(?:\s+of\s+(?:(?-i:[A-Z][\w'’-]*)|the\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+))?(?:\s*,\s+(?:most|many|some|all|half|mostly|mainly|"
    r"among)\b[^,;.\d]{1,50},)?\s+(?:back\s+)?to\s+(?-i:[A-Z][\w'’-]*)"
    r"(?!['’]s)(?!(?:\s+[A-Z][\w'’-]*){0,3}\s+(?-i:Hospital|Clinic|Prison|Jail|Court|Police|"
    r"Mortuary|Morgue|Station)s?\b)",
    re.IGNORECASE,
)
"""``escorted some 350 residents to Orvane``: moved to a town named, not to a hospital,
a prison, a court or a police station."""
_OUT_ALIVE = re.compile(
    r"(?:\s+[^,;.\d]{0,20}?)?\s+out\s+of\b|\s+[^,;.\d]{0,40}?\balive\b", re.IGNORECASE
)
_WERE_AT = re.compile(r"\s+(?:were|was|had\s+been)\s+(?:at|in|inside|on)\s+", re.IGNORECASE)
"""``were at``, ``were inside``: where people were, a predicate of presence."""
_PRESENT_WHEN = re.compile(r"[^.;:\d]{0,80}?\b(?:when|as|at\s+the\s+time)\b", re.IGNORECASE)
"""``(there were 14 patients) on the ward when the fire started``: present at the time."""
_THERE_WERE = re.compile(r"\bthere\s+(?:were|was|are)\s+(?:only\s+|just\s+)?$", re.IGNORECASE)
_IN_PLACE_AFTER = re.compile(
    r"\s+(?:in|on|at|inside)\s+(?:the|that|this|a|an|its|their|our|each)\s+[^.;:,\d]{0,40}?"
    r"(?=\s*(?:[.;:!?]|,?\s*[\"”]|,\s+(?:[\w'’-]+\s+){0,6}?(?:said|says|told|added)\b|$))",
    re.IGNORECASE,
)
"""``(There were 45 people) in the chapel.``: a place, then the clause ends."""


def _there_were_in_place(text: str, cues: list[_Cue], phrase: _Phrase, clause_end: int) -> bool:
    """Return True when ``there were N people`` is followed only by where they were (``in
    the chapel``, ``on the night shift``), with no cue of what befell them before the
    clause ends: people present."""
    place = _IN_PLACE_AFTER.match(text, phrase.end)
    return place is not None and not any(
        phrase.end <= c.start < min(place.end(), clause_end) for c in cues
    )


_WE_HAD = re.compile(
    r"\bwe\s+(?:had|have|have\s+got)\s+(?:only\s+|just\s+|about\s+|some\s+)?$", re.IGNORECASE
)
_ON_HAND_AFTER = re.compile(
    r"\s+(?:(?:in|on|at|inside|around|along|outside|near)\s+(?:the|that|this|a|an|its|their|our|"
    r"each|every)\b|on\s+(?:duty|shift|standby|call)\b)",
    re.IGNORECASE,
)


def _we_had_on_hand(text: str, cues: list[_Cue], number: NumberMention, phrase: _Phrase) -> bool:
    """Return True for people a speaker says ``we had`` somewhere (``We had 40 officers
    around the hall``, ``we had 19 guards on duty``, ``We had 214 pupils in the dormitory``):
    their own people, deployed or present, with no word of what befell them. Not one
    (``we have only one surgeon on duty``): a lack, not a deployment."""
    if number.value < 2:
        return False
    if "e had" not in text and "e have" not in text:
        return False  # the literal words first: the pattern's search is dearer
    if _WE_HAD.search(text, max(0, number.qualifier_start - 24), number.qualifier_start) is None:
        return False
    place = _ON_HAND_AFTER.match(text, phrase.end)
    if place is None:
        return False
    return not any(phrase.end <= c.start < place.end() + 30 for c in cues)


_PUT_AT = re.compile(
    r"\b(?:put|puts|putting|placed|places|placing|estimated|estimates|estimating|set|sets|"
    r"setting)\s+(?:the|their|its|his|her|that|this)\s+(?:[\w-]+\s+)?(?P<noun>number|figure|count|"
    r"toll|tally|total)(?:\s+(?:of\s+|(?=[a-z]+(?:ed|en)\b))(?P<np>[^,;.\d\"“]{1,60}?))?\s+at\s+"
    r"(?:between\s+)?[\"“]?$",
    re.IGNORECASE,
)
"""``put the number of fighters at``, ``put the figure at``, ``put the number detained
since Friday at``: an estimate of a count (what is counted after ``of`` or a participle)."""
_ESTIMATED_AT = re.compile(
    r"\b(?:(?:estimated|thought|believed)\s+(?:by\s+(?:[\w'’-]+\s+){1,4}?)?(?:to\s+(?:be|number|total)|at)|"
    r"(?<=,\s)(?:put|placed)\s+at)\s+[\"“]?$",
    re.IGNORECASE,
)
"""``estimated at``, ``thought to number``, and in an aside ``The attackers, put at about
40 by …``: an estimate of the count before it."""
_ESTIMATED_BY = re.compile(
    r"\b(?:estimated|put|placed|given|counted)\s+at\s+(?:[^,;.]|[,.](?=\d)){1,40}?\s+by\s+$",
    re.IGNORECASE,
)
"""``put at about 40 by one survivor``: who made an estimate is its source, no count."""
_CROWD_BEFORE = re.compile(
    r"\b(?:(?:put|puts|putting|estimated|estimates|estimating|numbered|counted|gave)\s+(?:the|a|"
    r"its|their)\s+(?:[\w-]+\s+)?(?:crowds?|turnout|attendance|audience|gathering)\s+at|"
    r"(?:crowds?|turnout|attendance|audience|gathering)\s+(?:(?:was|were|is|of)\s+)?"
    r"(?:(?:estimated|put)\s+at|numbering|of)|"
    r"(?:crowds?|turnout|attendance|audience|gathering)\s+(?:that|which)\s+(?:[\w'’-]+\s+){1,3}?"
    r"(?:estimated|put|puts|placed|numbered)\s+at|"
    r"(?:packed|crammed|filled|thronged|crowded)\s+(?:with|by)|attended\s+by)\s+[\"“]?$",
    re.IGNORECASE,
)
"""``police estimated the crowd at 4,000``, ``a crowd of 2,000``, ``a crowd that police put
at 9,000``, ``the square was packed with 5,000 people``: people present, when nothing else
befell them."""
_ATTENDED_BY_LISTED = re.compile(
    r"\battended\s+by\s+(?:(?:the|a|an|his|her|their)\s+)?(?:[\w'’.-]+\s+){1,5}?"
    r"(?:and|as\s+well\s+as)\s+$",
    re.IGNORECASE,
)


_ATTENDED_BY_RIGHT_BEFORE = re.compile(
    r"\b(?:attended|witnessed)\s+by\s+(?:the\s+|some\s+)?$", re.IGNORECASE
)


def _attended_by(text: str, number: NumberMention, phrase: _Phrase) -> bool:
    """Return True for people a gathering was ``attended by`` or ``witnessed by``, right
    before their count (``laid to rest on Friday, attended by some 1,200 mourners``) or as the
    second of a list (``attended by the provincial minister and some 800 villagers``): people
    present, whatever word of the dead came before them in the sentence."""
    if not (phrase.people or phrase.bare) or phrase.attackers:
        return False
    if "attended" not in text and "witnessed" not in text:
        return False
    start = number.qualifier_start
    if _ATTENDED_BY_RIGHT_BEFORE.search(text, max(0, start - 20), start):
        return True
    return "attended" in text[max(0, start - 70) : start] and bool(
        _ATTENDED_BY_LISTED.search(text, max(0, start - 70), start)
    )


_ESTIMATED_GROUP_AT = re.compile(
    r"\b(?:estimated|estimates|estimate|put|puts|putting|placed)\s+(?:the\s+)?"
    r"(?:(?:number|size|strength)\s+of\s+(?:the\s+)?)?"
    r"(?P<noun>[a-z-]+)\s+at\s+(?:between\s+|nearer\s+)?[\"“]?$",
    re.IGNORECASE,
)
"""``estimated the gang at between 30 and 45 men``, ``put the attackers at 40``, ``estimates
the size of the gang at 25``: the group a count measures is the verb's object."""
_SIZE_OF_GROUP_THAT = re.compile(
    r"\b(?:estimated|estimates|estimate|put|puts|putting|placed)\s+(?:the\s+)?(?:[a-z]+\s+)?"
    r"size\s+of\s+(?:the\s+)?(?:[a-z-]+\s+)?(?:group|party|force|column|band)\s+(?:that|which|"
    r"who)\s+(?P<verb>[a-z]+(?:\s+[a-z]+)?)[^,;.\d]{0,70}?\s+at\s+(?:between\s+|nearer\s+)?"
    r"[\"“]?$",
    re.IGNORECASE,
)
"""``put the size of the group that stormed the centre on Tuesday at between 18 and 25
men``: a group told by the attack it made, then measured."""
_ESTIMATED_SUBJECT = re.compile(r"([^\W\d_][\w'’-]*)\s*,?\s*(?:[\w-]+\s+){0,2}$")
"""The noun before ``estimated at`` (``The attackers, estimated at …``)."""
_LIST_LABEL = re.compile(r"\s*(?:[-*•–—]\s*)?(?P<label>[A-Za-z][A-Za-z'’ -]{0,40}?)\s*:\s*")
"""A list line's label before its count: ``Guards held hostage: 12``, ``Escaped: 87``."""
_OF_THE_BEFORE = re.compile(
    r"(?:^|[,;:(]\s*|\b(?:and|but)\s+)[\"“‘']?of\s+(?:the|these|those|its|their|all)\s+$",
    re.IGNORECASE,
)
"""``Of the …`` opening a clause: the count after it is a total split up later."""
_FRONTED_TOTAL = re.compile(
    r"\s*[\"“‘']?of\s+(?:the|these|those|all)\s+(?:\d[\d,]*|[a-z-]+)\s+(?P<noun>[a-z]+)\s*,",
    re.IGNORECASE,
)
"""A sentence that opens on its total (``Of the 12 dead, …``): the parts the sentence then
names by what they were share the total's kind."""
_SHARED_TOTAL_KINDS = frozenset(("killed", "wounded", "missing"))
_AT_LARGE_LABEL = re.compile(
    r"\b(?:escaped|escapees|at\s+large|on\s+the\s+run|absconded|fled)\b", re.IGNORECASE
)
_EXPECTED_AFTER = re.compile(r"[^.;]{0,30}?\b(?:expected|hoped\s+for|planned|allowed)\b", re.I)
_TOLL_NOUN = re.compile(r"(?:(?:death|casualty)\s+)?(?:tolls?|totals?)", re.IGNORECASE)
_ANY_DIGIT = re.compile(r"\d")
_SPEECH = re.compile(r"\b(?:said|says|told|tells|added|according)\b", re.IGNORECASE)
_SAID_ASIDE = re.compile(
    r"[^,.;:\d]{0,40},\s*(?:[\w.'-]+\s+){1,5}?(?:said|says|added),\s*", re.IGNORECASE
)
"""``22 were injured, the governor said, seven of them`` between a count and its part: the
speaker set off by commas, which does not part them."""
_SAID_ASIDE_INCLUDING = re.compile(
    r"[^,.;:\d]{0,40},\s*(?:[\w.'’-]+\s+){1,7}?(?:said|says|added)"
    r"(?:\s+(?:in|on|at)\s+[^,.;:\d]{1,30}?)?,\s*including\s+$",
    re.IGNORECASE,
)
"""``the toll stands at 19, the ministry said in a statement, including`` between a count and
its part: the speaker set off by commas, which does not part them."""
_ACCORDING_ASIDE = re.compile(
    r"[^,.;:\d]{0,80},\s*according\s+to\s+(?:[\w.'’-]+\s+){0,5}?[\w.'’-]+,\s*", re.IGNORECASE
)
"""``52 people have been rescued since Monday, according to the civil defence, 31 of them``
between a count and its part: the source set off by commas, which does not part them."""
_CHANGED_TO = re.compile(r"\b(?:to|reached|hit|hits|reaches|topped|passed|at)\s+$", re.IGNORECASE)
_COUNT_SUBJECT = re.compile(
    r"\b(?:number|count|tally|total)\s+of\s+(?:(?:people|persons|those)\s+)?(?:(?:confirmed|"
    r"reported|known|officially|declared)\s+)?(?P<word>dead|killed|deaths|fatalities|missing|"
    r"injured|wounded|hurt|arrested|detained|arrests|evacuated|displaced|rescued|evacuees|"
    r"treated|hospitali[sz]ed|survivors|(?:moved|relocated)\s+(?:out|away))\b",
    re.IGNORECASE,
)
"""``the number of people confirmed dead``, ``the total number of people treated in hospital``:
the subject of a count that changed or stands at a value."""
_REVISED_FROM = re.compile(r"\bfrom\s+[\w,]+\s+to\s+$", re.IGNORECASE)
_LEFT_NUMBER = re.compile(
    r"(?<![\w-])(?<!flight\s)(?<!route\s)(?<!no\.\s)"
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten)\b(?![-\d])",
    re.I,
)
"""A count between a subject and its number; not a compound (``a five-story building``) nor
a name (``flight 417``)."""
_HOSPITAL_WORDS = re.compile(
    r"\b(?:hospitals?|clinics?|wards?|admitted|admission|discharged|treated|treatment|patients)\b",
    re.IGNORECASE,
)
"""Words that make ``have since gone home`` mean discharged from hospital."""
_LED_AWAY = re.compile(
    r"[\"”]?(?:(?:\s+[^,;.\d]{0,30}?)?\s+(?:away|off)\b|(?:\s+[^;.\d]{0,40}?)?\s+into\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’-]*\s+){0,2}(?:bush|forest|jungle|woods|hills|mountains|desert)\b)",
    re.IGNORECASE,
)
"""``led nine farmers away at knifepoint``, ``took four men into the forest`` (or ``19
drivers, loaders and clerks into the Kuro forest``, or a quoted ``"up to 40 people" into
the bush``)."""
_DOWN_TO_SAFETY = re.compile(
    r"\s+(?:down|out)\s+(?:(?:on|by|with|from|through|via)\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+)?"
    r"(?:ladders?|ropes?|cranes?|windows?|balcon(?:y|ies)|roofs?|stairs?|stairwells?|"
    r"platforms?|entrances?|exits?|doors?)|of\s+(?:the\s+)?(?:burning|blazing|collapsed|flooded|"
    r"smoke-filled)\b)",
    re.IGNORECASE,
)
"""``brought 10 of us down on a ladder``, ``helped 12 out of the burning hall``: rescued."""
_ASHORE = re.compile(
    r"(?:\s+[^,;.\d]{0,20}?)?\s+(?:ashore|to\s+(?:the\s+)?(?:shore|bank|riverbank|beach|(?:dry\s+)?land|"
    r"safety|surface))\b",
    re.IGNORECASE,
)
"""``brought 120 people ashore``, ``helped nine to the bank``: out of the water, to safety."""
_CARRIED_OUT = re.compile(
    r"(?:\s+[^,;.\d]{0,20}?)?\s+out\s+(?:of|through|via|from)\b", re.IGNORECASE
)
_DOWN_THE_STAIRS = re.compile(
    r"\s+(?:down|out)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:stairs|stairways?|stairwells?|"
    r"staircases?|fire\s+escapes?|ladders?)\b",
    re.IGNORECASE,
)
"""``down the back stairs``: a way out of a building, with no preposition."""
_THEN_TAKEN = re.compile(
    r"[^.;]{0,60}?\band\s+(?:walked|marched|led|took|dragged|drove|forced|bundled)\s+them\s+"
    r"(?:away|off|into)\b",
    re.IGNORECASE,
)
"""``dragged two drivers from the cab and led them off``: taken, not freed."""
_PARTITIVE_FIGURE = re.compile(r"\S+(?:\s+\S+)?\s+of\s+", re.IGNORECASE)
"""A figure that counts part of a group (``five of those who drowned``)."""
_THE_OTHER = re.compile(r"\b(?:the|their)\s+(?:other|remaining)\s+$", re.IGNORECASE)
"""``five drowned; the remaining three …``: the rest of the group the sentence counts."""
_APPOSED = re.compile(
    r"\b(?P<noun>[A-Za-z-]+)\s*(?:—|–|\s-|,)\s*$|\b(?P<noun2>[A-Za-z-]+),?\s+(?:whom|which)\s+"
    r"[^,;.]{1,50}?\b(?:put|puts|estimated|estimates|numbered|counted|counts)\s+at\s+[\"“‘']?$",
    re.IGNORECASE,
)
"""``the raiders — a dozen of them``, ``the militants, whom she estimated at 40``."""
_PART_BEFELL = re.compile(
    r"\s+of\s+(?:them|whom)\s+(?:(?:were|was|had|have|has|been|later|all|also)\s+){1,3}"
    r"(?:killed|shot|died|captured|arrested|detained|wounded|injured|hurt|caught)\b",
    re.IGNORECASE,
)
"""``six of whom were killed``, ``two of them were later captured``: a part and what befell
it, which its verb says."""
_ABOARD_AFTER = re.compile(r"\s+(?:on\s+board|aboard|onboard)\b", re.IGNORECASE)
"""``21 crew aboard``: people on the vessel, held there in a hijacking."""
_ABOARD_PARTS = re.compile(
    r"(?:\s+(?:on\s+board|aboard|onboard)\b[^,:;.\d]{0,30})?\s*[:,—–]\s*|,?\s+(?:and|or)\s+",
    re.IGNORECASE,
)
_ON_VEHICLE = re.compile(
    r"\b(?:on\s+board|aboard|onboard|carrying|(?:on|in)\s+(?:the|a|an|that|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:aircraft|plane|airliner|jet|airbus|boeing|flight|bus|coach|minibus|train|ferry|boat|ship|"
    r"vessel|tanker|trawler|yacht|helicopter|truck|lorry)s?)\b"
    r"(?![^.;]{0,40}?\b(?:when|before)\b[^.;]{0,40}?\b(?:crashed|sank|capsized|caught\s+fire))",
    re.IGNORECASE,
)
"""``146 passengers and seven crew on the aircraft``, ``a jet carrying 153 people``: in a
hijacking, everyone on the vehicle is held by the hijackers."""
_MEMBER_JOIN = re.compile(
    r"\s*(?:,|,?\s+and)\s*(?:about\s+|some\s+|at\s+least\s+|more\s+than\s+)?", re.IGNORECASE
)
"""What joins two members of a list: a comma or ``and``."""
_ALL_BUT = re.compile(r"\ball\s+but\s+$", re.IGNORECASE)


def _after_all_but(text: str, number: NumberMention) -> bool:
    """True when ``all but`` stands just before the count (``all but seven``)."""
    start = number.qualifier_start
    return _ALL_BUT.search(text, max(0, start - 12), start) is not None


_FOUND_WORD = re.compile(
    r"\b(?:found|located|traced|accounted\s+for|rescued|reached)\b",
    re.IGNORECASE,
)
"""``all but three have been found``, ``all but two were accounted for``: the rest are missing."""
_PART_RELEASED = re.compile(
    r",\s*(?:only\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:were|was|(?:have|has|had)\s+"
    r"(?:since\s+|now\s+|already\s+)?been)\s+(?:since\s+|later\s+|now\s+)?(?:released|freed|"
    r"set\s+free)\b"
    r"(?!\s+(?:from\s+(?:hospital|custody|jail|prison|police)|without|on\s+bail)\b)",
    re.IGNORECASE,
)
"""``Of the 20 drivers, eight were released``: a part freed by captors, so the total was held."""
_HELD_BY_LAW = word_set("suspects detainees prisoners inmates patients convicts protesters")
"""People whose release is by the police, a court or a hospital: no captives."""
_SURVIVORS_LISTED = re.compile(
    r"\b(?:list\s+of|registered|registering|spoken\s+to|spoke\s+to|talked\s+to|interviewed|"
    r"met|visited)\s+(?:the\s+|all\s+|some\s+|about\s+|around\s+|at\s+least\s+|more\s+than\s+)?$",
    re.IGNORECASE,
)
"""``a list of 40 survivors``, ``registered 55 survivors``, ``spoken to 12 survivors``: people
counted alive, not a rescue."""
_RESCUED_AFTER = re.compile(
    r"\s+(?:who|that)\s+(?:had\s+|have\s+)?(?:been|were)\s+(?:rescued|pulled|saved|freed|brought)\b",
    re.IGNORECASE,
)
"""``survivors who had been rescued``: a relative clause that says they were saved."""
_RELEASED_WORD = re.compile(r"\b(?:released|freed|set\s+free|let\s+go)\b", re.IGNORECASE)
"""``all but seven have been released``: what their captors did, so the rest are still held."""
_PEOPLE_ON_THINGS = re.compile(
    r"\s+[A-Za-z-]+\s+(?:on|in|aboard|from|across|at|inside)\s+(?:board\s+)?", re.IGNORECASE
)
"""``300 fishermen on 27 trawlers``: people, then where they were, counted."""
_WORD_AFTER = re.compile(r"\s+([A-Za-z-]+)")
_WHEN_AFTER = re.compile(
    r"\b(?:when|as)\s+(?:the|a|an|he|she|they|it|gunmen|armed)\b", re.IGNORECASE
)
"""``carrying 23 passengers when the man …``: who was there when it began."""
_LEFT_ABOARD = re.compile(
    r"\s+(?:who\s+(?:were|was|had\s+been)\s+)?left\s+(?:behind\s+)?(?:on\s+board|aboard|onboard)\b",
    re.IGNORECASE,
)
"""``the 17 crew left aboard``: left there by hijackers who have gone."""
_SAFE_AFTER = re.compile(r"\s+(?:are|were|is|was)\s+(?:now\s+|all\s+)?safe\b", re.IGNORECASE)
"""``17 of our colleagues are safe``: after a hijacking, out of the hijackers' hands."""
_SAFE_LATER = re.compile(
    r"[^.;:!?\"“”]{0,100}?\band\s+(?:are|were)\s+(?:now\s+)?(?:all\s+)?safe\b", re.IGNORECASE
)
"""``were locked in the engine room until the pirates had gone and are now safe``: the
predicate that ends the clause, past what they did while held."""


def _out_of_captors_hands(
    text: str, number: NumberMention, phrase: _Phrase, *, hostage_context: bool, hijack: bool
) -> bool:
    """Return True for people held who are said to be left safe: the crew ``left aboard`` by
    hijackers who have gone (``found the remaining 12 crew left aboard``), a group that
    ``and are now safe`` after what it did while held, and the rest of a held group that is
    ``safe`` (``one of the three was killed and the other two were safe``)."""
    if not hostage_context or phrase.attackers or phrase.responders:
        return False
    rest = _REST_MARK_BEFORE.search(
        text, max(0, number.qualifier_start - 20), number.qualifier_start
    )
    if rest is None and not hijack:
        return False
    return bool(
        _LEFT_ABOARD.match(text, phrase.end)
        or _SAFE_AFTER.match(text, phrase.end)
        or _SAFE_LATER.match(text, phrase.end)
    )


_RELEASED_AFTER = re.compile(
    r"\s*,\s*(?:who|(?:all|both)\s+of\s+(?:whom|them))\s+(?:were|was|(?:have|had|has)\s+"
    r"(?:since\s+)?been)\s+(?:later\s+|since\s+|subsequently\s+|all\s+|eventually\s+)?"
    r"(?:released|freed|rescued|set\s+free)\b",
    re.IGNORECASE,
)
"""``kidnapped 14 of its crew, all of whom were released``: taken, and free again."""
_HELD_THEN_RELEASED = re.compile(
    r"\s+(?:still\s+|then\s+|being\s+)?(?:held|kept|detained)\s+(?:captive\s+)?by\s+"
    r"(?:(?!(?:after|until|before|when|while|as|since|and|but)\b)[^,;.\d])*?"
    r"\b(?:were|was|have\s+been|had\s+been|has\s+been)\s+(?:finally\s+|later\s+|all\s+|also\s+)?"
    r"(?:released|freed|set\s+free|let\s+go)\b",
    re.IGNORECASE,
)
"""``the last 10 passengers still held by the gunmen who attacked the ferry were released``:
a reduced relative names the captivity, the clause's own verb ends it."""
_HELD_SINCE_THEN_RELEASED = re.compile(
    r"\s+(?:still\s+|being\s+)?(?:held|kept)\s+(?:captive\s+)?by\s+[^,;.\d]{0,60}?\bsince\s+"
    r"(?:(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.|[A-Z][a-z]+)\s+(?:\d{1,2}\s+)?"
    r"(?:were|was|have\s+been|had\s+been|has\s+been)\s+(?:finally\s+|all\s+)?"
    r"(?:released|freed|set\s+free|let\s+go)\b"
)
"""``nine drivers held by bandits in the hills since Sept. 4 were released``: the captivity's
start, even an abbreviated month whose full stop ends no sentence, then the release."""
_ALL_BEFORE = re.compile(r"\ball\s+(?:of\s+)?(?:the\s+|those\s+)?$", re.IGNORECASE)
_ALL_TRACED = re.compile(
    r"[^.;\d]{0,80}?\b(?:have|had|has)\s+(?:now\s+|since\s+|all\s+)*been\s+(?:traced|"
    r"accounted\s+for)\b",
    re.IGNORECASE,
)
"""``all of the 14 people listed as missing had been traced``: none is missing any more."""
_WITH_FAMILY_BEFORE = re.compile(
    r"\bwith\s+(?:his|her|their|my|our|your)\s+(?:(?:husband|wife|mother|father|parents|"
    r"partner)\s+and\s+)?$",
    re.IGNORECASE,
)
_KIN_AFTER = re.compile(
    r"\s+(?:young\s+|small\s+|little\s+|grown\s+|adult\s+)?(?:children|kids|sons|daughters|"
    r"grandchildren|brothers|sisters|siblings)\b",
    re.IGNORECASE,
)
"""``sat by the road with her three children``, ``reunited with her husband and four
children``: a family named beside a person, not people the event befell."""
_FAMILY_BEFALLEN = re.compile(
    r"\b(?:abduct|kidnap|seiz|took\b|taken\b|kill|shot\b|murder|captur|held\b|hold|rescu|"
    r"died\b|drown|buried|injur|wound|trapped|missing\b)",
    re.IGNORECASE,
)
"""Words before it, in its clause and after any comma, that say the event befell the family
too (``abducted the imam with his three sons``)."""
_CARRIED_BEFORE = re.compile(r"\b(?:carrying|carried|ferrying|ferried)\s+$", re.IGNORECASE)
"""``a truck carrying 20 gunmen``: a vehicle's load, attackers when the head says so."""
_ATTACKERS_APPOSED = re.compile(
    rf"\b(?:the|their|its)\s+(?:[\w-]+\s+)?(?:{'|'.join(sorted(ATTACKER_NOUNS))})\s*(?:—|–|--|,|\()\s*"
    r"(?:(?:about|some|around|perhaps|maybe|at\s+least|more\s+than|up\s+to)\s+)?$",
    re.IGNORECASE,
)
"""``The attackers — nine men, according to prosecutors —``, ``the gunmen, six men in all``: a
count set beside the attackers it follows names them."""
_APPOSED_HEADS = frozenset({"men", "people", "individuals", "persons", "youths"})


def _attackers_apposed(text: str, number: NumberMention, phrase: _Phrase) -> bool:
    """Return True when the count stands in apposition to attackers named just before it."""
    start = number.qualifier_start
    if not (phrase.bare or (phrase.head or "").lower() in _APPOSED_HEADS):
        return False
    before = text[max(0, start - 60) : start]
    return ("—" in before or "–" in before or "," in before or "(" in before) and bool(
        _ATTACKERS_APPOSED.search(before)
    )


_NONE_OF_BEFORE = re.compile(
    r"\b(?:none|neither|no\s+one|nobody|not\s+one)\s+(?:of|among)\s+(?:the|its|their|these|those|"
    r"our|all|my|his|her|(?:the\s+)?[\w-]+(?:'s|’s))\s+$",
    re.IGNORECASE,
)
"""``none of the 14 passengers``: a total that nobody of was harmed, no count of its own."""
_RATIO_BASE = {
    "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7, "8": 8, "9": 9, "10": 10, "20": 20,
    "100": 100, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "twenty": 20, "hundred": 100,
}  # fmt: skip
_RATIO_AFTER = re.compile(
    r"\s+(?:in|out\s+of)\s+(?:a\s+|every\s+)?([0-9]+|[a-z]+)\b(?!\s*(?:[ap]\.?m\b|hours?|days?|"
    r"minutes?|weeks?|months?|years?|seconds?))",
    re.IGNORECASE,
)
"""``3 in 10 villages``, ``one in four``, ``two out of three``: a share of a whole."""
_AGE_LIMIT_BEFORE = re.compile(
    r"\b(?:were|was|are|is|aged|all|be|children|boys|girls|people|those|anyone|adults|minors)"
    r"\s+(?:under|over|below|above)\s+$",
    re.IGNORECASE,
)
"""``five were under 25``, ``children under 15``: an age limit, not a count."""
_AGE_AFTER = re.compile(r",\s+(?!(?:and|or|plus)\b)[a-z]")
"""After an age the sentence runs on in lower case (``Ana Ruiz, 33, was …``)."""
_FULL_NAME_BEFORE = re.compile(
    r"(?:\b[A-Z][a-z'’-]+\s+(?:[A-Z][a-z'’-]+\s+)?|\b(?:[A-Z]\.\s*){1,3})[A-Z][\w'’-]+\s*,\s*$"
)
"""A person's first and last name, then a comma: what follows in commas is an age."""
_PERSON_BEFORE = re.compile(r"\b(?:the|a|an|his|her|their)\s+([a-z]+)\s*,\s*$", re.IGNORECASE)
_ONE_OF_THEM_BE = re.compile(
    r"\bone\s+of\s+(?:them|whom|those)\s+(?:[a-z]+\s+){0,2}?(?:to\s+be|is|was)\s+$", re.IGNORECASE
)
"""``one of them believed to be 17``: what one of a group is said to be is an age."""
_ONE_SAID_TO_BE = re.compile(
    r"\b(?:the|a|an|his|her|their)\s+(?:[\w'’-]+\s+)?([a-z]+)\s*,\s*(?:[a-z]+\s+)?"
    r"(?:believed|thought|said|understood|reported|estimated)\s+to\s+be\s+$",
    re.IGNORECASE,
)
"""``the captured gunman, believed to be 19,``: what one person is said to be is an age."""
_AND_AFTER_AGE = re.compile(r",\s+(?:and|or)\s+(?:his|her|their|the|a|an)\b", re.IGNORECASE)
_AGE_END = re.compile(r"\s*(?:[,.;)]|$)")
_AGE_BEFORE_DASH = re.compile(r"\s+(?:—|–|--)\s")
"""``… and the night porter, Dele Okon, 52 — were buried``: an age that closes a dashed aside."""
_AGE_BEFORE = re.compile(r"(?:\b[A-Z][\w'’-]*[a-z]|\b[a-z]+[^s\W'’])\s*,\s*$")
"""``the plant's foreman, 47,``, ``Maria Lopes, 61,``: an age between commas."""
_SUPERSEDED_AFTER = re.compile(
    r"\s*,?\s+as\s+(?:[\w'’-]+\s+){0,4}?(?:first|initially|earlier|originally|previously|"
    r"wrongly)\s+(?:reported|said|stated|claimed|announced|thought|believed)",
    re.IGNORECASE,
)
"""``17 dead, not 25 as the ministry initially said``: the corrected figure is no report."""
_NOT_BEFORE = re.compile(r"\bnot\s+$", re.IGNORECASE)
_NO_COUNT_BEFORE = re.compile(
    r"(?:\b(?:he|she|who)\s+(?:is|was)|\b(?:father|mother|parent|grandfather|grandmother)\s+of|"
    r"\benough\s+(?:[\w-]+\s+)?to\s+(?:treat|hold|house|feed|accommodate|shelter|seat|carry)|\bcapacity\s+"
    r"(?:of|for)|\b(?:can|could|able\s+to|designed\s+to)\s+(?:hold|accommodate|seat|house|treat|"
    r"take|carry|shelter)|\b(?:made|built|designed|meant|licensed|certified|rated|approved|"
    r"permitted)\s+(?:only\s+)?(?:for|to\s+(?:carry|hold|take|seat|house|accommodate|shelter|"
    r"sleep)))\s+(?:up\s+to\s+)?$",
    re.IGNORECASE,
)
"""``she is 52``, ``a father of four``, ``enough to treat up to 50 wounded``, ``can hold
200``, ``a boat made for 300``: an age, a family or a capacity, never a count of people the
event touched."""
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|say|told|added|recalled|explained|asked|confirm|confirmed)\s+$", re.I
)
"""``said one farmer``: a speaker, not a count."""
_SPEAKER_AFTER_ONE = re.compile(
    r"\s+(?:[\w-]+\s+){1,2}?(?:said|says|told|tells|added|adds|recalled|explained|wrote|"
    r"tweeted|insisted|warned)\b|"
    # "One resident of Ebe, Mrs Ada Obi, said": a speaker named in an apposition.
    r"\s+[\w-]+(?:\s+(?:in|from|at|of)\s+(?:the\s+)?(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*))*)?"
    r"\s*,\s+(?:[^,;.]*?\s)?(?-i:[A-Z][a-z'’-]+)[^,;]{0,40},\s+(?:said|says|told|tells|added|adds|"
    r"recalled|explained|wrote|insisted|warned)\b",
    re.IGNORECASE,
)
"""``one officer said``, ``one local official told``, ``one resident, Amina Bello, said``:
the speaker, not a count."""
_SUPERSEDED_BEFORE = re.compile(
    r"\b(?:up|down)\s+from\s+(?:(?:the|an?)\s+)?(?:(?:previous|earlier|initial|original)\s+)?$|"
    # "revised the number hurt to 17, from the 14 reported": the new value, then the old
    r"\bto\s+(?:\d[\d,]*|(?:[a-z]+-)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|[a-z]+teen|[a-z]+ty))\s*,?\s+from\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""``18 remain missing, down from the 37 listed on Monday``, ``21, up from 19``, ``raised the
toll to 17, from the 14 given on Friday``: the old value."""
_DIED_THEN_AND = re.compile(
    r"\s+(?:had\s+|have\s+)?died\s+(?:[^,;.\d]{0,40}?\s+)?and\s+$", re.IGNORECASE
)
_IN_HOSPITAL_AFTER = re.compile(
    r"\s+(?:later\s+|afterwards\s+)?(?:in|at)\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?hospitals?\b",
    re.IGNORECASE,
)


def _died_there_and_in_hospital(
    text: str, number: NumberMention, previous: RawFigure | None
) -> bool:
    """Return True for the second count of ``five died on the spot and three in hospital``:
    the verb ``died`` is left out before the place, so the count is of the dead."""
    return (
        previous is not None
        and previous.kind == "killed"
        and bool(_DIED_THEN_AND.fullmatch(text, previous.end, number.qualifier_start))
        and bool(_IN_HOSPITAL_AFTER.match(text, number.end))
    )


_DEAD_LIST_HEAD = re.compile(
    r"\b(?:the\s+)?(?:dead|fatalities)\s+(?:include|included|includes|were|are)\b|"
    r"\bamong\s+the\s+dead\s+(?:are|were)\b",
    re.IGNORECASE,
)
_LIST_GAP = re.compile(r"[^;:.!?]*", re.IGNORECASE)
_BODIES_OF_BEFORE = re.compile(
    r"\bbod(?:y|ies)\s+of\s+(?:all\s+)?(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE
)
"""``the bodies of the three missing …``: people once missing, now found dead."""
_VERB_IN_GAP = re.compile(r"\b(?:were|was|are|is|have|had|has|said|says)\b", re.IGNORECASE)


def _listed_among_the_dead(text: str, number: NumberMention) -> bool:
    """Return True for a member of a list of the dead (``The dead include four of the
    raiders, three of the captive drivers and a policeman``): each member is dead, whatever
    the member before it was (captive, armed)."""
    return "dead" in text and _in_list_under(_DEAD_LIST_HEAD, text, number)


def _dead_member_described(text: str, number: NumberMention, phrase: _Phrase) -> bool:
    """Return True for a member of a list of the dead whose relative clause tells how it
    came to harm (``The dead were four loggers and two herders from a camp nearby, who were
    overcome by the smoke``): the clause describes how they died, not a wound."""
    return _listed_among_the_dead(text, number) and (
        _RELATIVE_AFTER_PART.match(text, phrase.end) is not None
    )


_RELATIVE_AFTER_PART = re.compile(r"[^;:.!?]{0,70}?,\s*who\s+(?:were|had\s+been)\b", re.IGNORECASE)
"""``… two herders from a camp nearby, who were overcome``: a relative clause on a part."""


_TOLL_COLON_HEAD = re.compile(
    r"\b(?:death\s+)?toll\b[^.;:!?\"“”]{0,80}?:|\b(?:dead|killed)\s*:", re.IGNORECASE
)
"""``The toll stands at 12 dead, not counting the gunmen:`` and ``Killed:``: a toll whose
colon opens the list of its dead."""


_GATHERINGS = ("service", "funeral", "vigil", "memorial", "ceremony", "prayers", "mass", "wake")
"""Gatherings that are ``held`` for people: the dead, mostly."""
_GATHERING_FOR = re.compile(
    # "a wake for the three", not "in the wake of the 12 hostages being held"
    rf"\b(?:{'|'.join(g for g in _GATHERINGS if g != 'wake')}|(?<!the\s)wake)s?\s+"
    r"(?:(?:is|was|will\s+be)\s+(?:being\s+)?held\s+)?"
    r"(?:for|of|honouring|honoring)\s+(?:all\s+)?(?:the\s+|those\s+)?$",
    re.IGNORECASE,
)
_HELD_GATHERING_AFTER = re.compile(r"[^.;]{0,60}?\b(?:be|been|being|is|was|are|were)\s+held\b")


def _gathering_held_for(text: str, number: NumberMention, phrase: _Phrase) -> bool:
    """Return True for the people a funeral, vigil or service is for (``A vigil for the nine
    victims will be held on Sunday``): the ``held`` is the gathering's, not theirs."""
    if "held" not in text:
        return False
    before = _GATHERING_FOR.search(
        text, max(0, number.qualifier_start - 50), number.qualifier_start
    )
    return before is not None and (
        "held" in before.group(0) or bool(_HELD_GATHERING_AFTER.match(text, phrase.end))
    )


def _listed_after_a_toll(text: str, number: NumberMention) -> bool:
    """Return True for a member of the list a toll's colon opens (``The toll has risen to
    eight: five hostages, two guards and one soldier``): each member is dead, whatever its
    noun says they were before."""
    return ":" in text and _in_list_under(_TOLL_COLON_HEAD, text, number)


def _in_list_under(head_pattern: re.Pattern[str], text: str, number: NumberMention) -> bool:
    """Return True when ``number`` is a member of a list that a ``head_pattern`` match opens
    before it, with no verb or clause break between."""
    head = head_pattern.search(text, 0, number.qualifier_start)
    if head is None:
        return False
    gap = text[head.end() : number.qualifier_start]
    return bool(_LIST_GAP.fullmatch(gap)) and not _VERB_IN_GAP.search(gap)


_ABOARD_INCLUDED = re.compile(
    r"\b(?:passengers|tourists|travellers|travelers|guests|visitors|pilgrims|occupants|crew)\s+"
    r"(?:included|includes|include|comprised|were)\s+",
    re.IGNORECASE,
)
_FROM_PLACE = re.compile(r"\s+from\s+(?:the\s+)?(?-i:[A-Z])", re.IGNORECASE)


def _aboard_by_origin(text: str, number: NumberMention, phrase: _Phrase) -> bool:
    """Return True for a part of the people aboard or present told by where they came from
    (``The tourists included 11 from Peru, eight from Chile and four from Japan``): who was
    there, not what befell them."""
    return (
        phrase.bare
        and bool(_FROM_PLACE.match(text, number.end))
        and _in_list_under(_ABOARD_INCLUDED, text, number)
    )


_OTHERS_LEFT_UNHARMED = re.compile(
    r"\s+other\s+(?!(?:hostages|captives|abductees|prisoners)\b)(?:[a-z-]+\s+){0,2}?[a-z-]+"
    r"(?:\s+(?:on|in|at|aboard)\s+(?:the\s+)?[\w-]+)?\s+(?:were|was|are|is|had\s+been|have\s+been|"
    r"remained|remain)\s+(?:all\s+)?(?:unharmed|unhurt|uninjured|safe)\b",
    re.IGNORECASE,
)
"""``Forty other workers at the mine were unharmed``: the people the captors did not take,
who were never held."""


_HOPED_FOR_BEFORE = re.compile(
    r"\b(?:until|till|once|when|if|before)\s+(?:the\s+|all\s+|our\s+|their\s+)?(?:last\s+|"
    r"remaining\s+|other\s+)?$",
    re.IGNORECASE,
)
"""``until the last two are home``: a return hoped for, not one that happened."""
_FROM_A_PEAK = re.compile(
    r"\b(?:up|down)\s+from\s+(?:a|the|its|their)\s+(?:[\w-]+\s+)?(?:peak|high|low|maximum|"
    r"minimum)\s+of\s+$",
    re.IGNORECASE,
)
"""``40 firefighters remain, down from a peak of 70``: the value it replaced."""
_NOT_THE_BEFORE = re.compile(r"\bnot\s+(?:the|those|these)\s+$", re.IGNORECASE)
_FIRST_REPORTED_AFTER = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:first|initially|earlier|originally|previously|wrongly)\s+"
    r"(?:reported|said|stated|claimed|announced|thought|believed|given|counted)\b",
    re.IGNORECASE,
)


def _not_as_first_reported(text: str, before: str, phrase: _Phrase) -> bool:
    """Return True for a count the sentence corrects (``five gunmen, not the four initially
    reported``): the old value, no report."""
    return bool(_NOT_THE_BEFORE.search(before) and _FIRST_REPORTED_AFTER.match(text, phrase.end))


_REJECTED_AFTER = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,3}?as\s+(?:[\w'’-]+\s+){0,3}?(?:had\s+)?(?:reported|announced|said|"
    r"stated|given|claimed|thought|believed|counted|put)\s+(?:[\w'’-]+\s+){0,2}?(?:earlier|"
    r"initially|before|previously|originally|at\s+first|wrongly|mistakenly)\b|"
    r"\s+(?:that\s+)?[^.;:\d]{0,60}?\b(?:had|has|have)\s+(?:\w+\s+)?(?:reported|said|given|"
    r"announced|claimed|"
    r"stated|put|cited|counted)\b|"
    r"\s+(?:reported|given|claimed|cited|quoted|announced|circulated)\s+(?:by|in|on|earlier|"
    r"initially|at\s+first)\b",
    re.IGNORECASE,
)


def _rejected_count(text: str, before: str, phrase: _Phrase) -> bool:
    """Return True for a count the sentence rejects as another's or an older one's (``54
    rescued, not 57 as announced earlier``, ``11 trapped, not nine as we reported earlier``,
    ``22 passengers, not the 21 the operator had reported``, ``not the 15 reported by some
    local media``): the rejected value is no report."""
    if _COMMA_NOT_BEFORE.search(before) and phrase.bare and _BARE_END.match(text, phrase.end):
        return True  # "six hostages had been released, not seven, and …"
    return bool(
        (_NOT_BEFORE.search(before) or _NOT_THE_BEFORE.search(before))
        and _REJECTED_AFTER.match(text, phrase.end)
    )


_COMMA_NOT_BEFORE = re.compile(r"[,—–]\s*not\s+$", re.IGNORECASE)
_BARE_END = re.compile(r"\s*(?:[,.;:!?\"”’)]|$)")
"""``released, not five,``, ``four of them, not three.``: a bare count set against the count
before it, the one the sentence gives."""


_UNFOUNDED_WORDS = ("unfounded", "untrue", "baseless", "false", "exaggerated", "inaccurate")
"""Words one of which every :data:`_PROVED_UNFOUNDED` match holds."""
_CLAIM_THAT_BEFORE = re.compile(
    r"\b(?:fears?|reports?|claims?|rumou?rs?|suggestions?|accounts?|allegations?)\s+that\s+"
    r"[^.;:\d]{0,60}$",
    re.IGNORECASE,
)
_PROVED_UNFOUNDED = re.compile(
    r"[^.;:\d]{0,100}?\b(?:proved|proven|turned\s+out\s+to\s+be|were|was|have\s+been|"
    r"has\s+been)\s+(?:\w+\s+)?(?:unfounded|untrue|baseless|false|exaggerated|inaccurate)\b",
    re.IGNORECASE,
)


def _proved_unfounded(text: str, number: NumberMention, phrase: _Phrase) -> bool:
    """Return True for a count in a claim the sentence says was wrong (``Fears that as many as
    12 people were trapped proved unfounded``, ``Reports that 30 had died were false``)."""
    low = text.lower()
    return (
        any(map(low.__contains__, _UNFOUNDED_WORDS))
        and bool(
            _CLAIM_THAT_BEFORE.search(
                text, max(0, number.qualifier_start - 90), number.qualifier_start
            )
        )
        and bool(_PROVED_UNFOUNDED.match(text, phrase.end))
    )


_EARLIER_WORDS = (
    r"\b(?:earlier|initially|first|previously|originally)\s+(?:put|gave|given|said|reported|"
    r"estimated|counted|set)\b"
)
_EARLIER_ANYWHERE = re.compile(_EARLIER_WORDS, re.IGNORECASE)
_EARLIER_ESTIMATE = re.compile(_EARLIER_WORDS + r"[^.;\d]{0,60}$", re.IGNORECASE)
"""``the headman had earlier put the number of dead at six; by evening … 14 bodies``: an
estimate the same sentence overtakes with a later count."""
_EARLIER_COUNT = re.compile(
    r"(?:" + _EARLIER_WORDS + r"|\bhad\s+(?:\w+\s+)?(?:put|placed|estimated|set)\b|"
    # "The mayor had on Friday reported 30 injured": a count reported before the story's
    r"\bhad\s+(?:(?:on|by|at)\s+)?(?:\w+\s+)?reported\b|"
    # "The toll had stood at 12 on Tuesday night": a count the story has moved past.
    r"\b(?:toll|tally|count|number|figure|total)\s+had\s+(?:\w+\s+)?stood\s+at\b|"
    r"\bhad\s+(?:\w+\s+)?(?:given|gave|reported|announced|cited)\s+(?:an?|the|its|their)\s+"
    r"(?:[\w-]+\s+)?(?:figure|toll|number|count|tally|total|estimate)\b|"
    r"\b(?:earlier|initial|early|first)\s+(?:media\s+|news\s+|press\s+)?(?:reports?|accounts?)\b"
    # "21:02 First reports: five dead": a live blog entry's label, current at its time.
    r"(?!\s*:))"
    r"[^.;,\d]{0,60}$",
    re.IGNORECASE,
)
"""``had earlier put the toll at``, ``police had put the toll at``, ``which had given a
figure of``, ``Earlier reports spoke of``, ``the first reports said``, ``the toll had stood
at``: the words right before an estimate given before."""
_PEOPLE_VERB = re.compile(
    r"(?:arrest|detain|apprehend|kill|murder|execut|abduct|kidnap|rescu|wound|injur)\w*(?:ed|ing)|"
    r"(?:detain|arrest|kill|abduct|kidnap)s?|rounded\s+up|shot\s+dead|gunned\s+down|"
    r"received|receiving|receives|took\s+in|taken\s+in"
)
"""Verbs whose object can only be people: any plural after them counts people (a hospital's
``received`` only reaches here as a cue before casualties or patients); a headline's present
tense too (``Police arrest four suspected couriers``, ``Army detains six …``)."""
_OPEN_OBJECT = re.compile(
    r"(?P<bare>)(?=\s+[a-z]{3,}ing\s+(?:(?:the|a|an|their|his|her|its|through|across|into|near|"
    r"over|from|for|to|towards?|back|home|out)\b|[A-Z]))|"
    r"\s+(?P<np>(?:(?:suspected|alleged|presumed|would-be|fellow|other|more)\s+)?"
    r"(?P<noun>[a-z][a-z-]+[^su\W]s))(?=\s*$|\s*[,.;:)—–]|\s+(?:in|at|on|from|near|during|after|"
    r"over|for|with|and|who|as|across|outside|inside|while|when|since|under|to|by|"
    r"overnight|yesterday|today|tonight|earlier|later|last|this)\b)"
)
"""``detained 9 suspected poachers in …``, ``received 17 casualties overnight``: the
object's plural head."""
_CASUALTY_PARTICIPLE = (
    r"(?:killed|wounded|injured|hurt|abducted|kidnapped|rescued|arrested|detained|"
    r"shot\s+dead|taken\s+hostage|held\s+hostage)\b"
)
_OPEN_SUBJECT = re.compile(
    r"\s+(?P<np>(?:[a-z][a-z-]+\s+){0,2}?(?P<noun>[a-z][a-z-]+[^su\W]s))\s+(?:"
    # "were wounded", "had all been abducted", "were among those killed"
    r"(?:were|are|have\s+been|had\s+been)\s+(?:(?:all|also|reportedly|later|then|"
    r"now|since|among\s+those|believed\s+to\s+have\s+been)\s+)?" + _CASUALTY_PARTICIPLE + r"|"
    # "were among the dead", "died in the fire"
    r"(?:were|are)\s+(?:also\s+)?among\s+the\s+(?:dead|injured|wounded|victims|hostages|"
    r"captives)\b|(?:(?:later|also|then)\s+)?(?:died|drowned|perished)\b|"
    # the first of two subjects: "three vaccinators and two guards sent with them were shot"
    r"and\s+[^.;:\d]{0,30}?(?:\d[\d,]*\s+)?[^.;:\d]{0,60}?\b(?:were|are|have\s+been|had\s+been)\s+"
    r"(?:all\s+)?"
    + _CASUALTY_PARTICIPLE
    + r"|"
    # a reduced relative: "the nine stevedores killed in the blast"
    + _CASUALTY_PARTICIPLE
    + r"(?=\s+(?:in|on|at|by|during|when|after|near|inside|outside|while|overnight|yesterday|"
    r"today|last)\b))"
)
"""``14 glassblowers were wounded``, ``the nine stevedores killed in the blast``: a plural
subject of a verb of harm, capture or rescue, which the people-noun list may not know."""
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|on|at|from|across|inside|into|aboard)\s+$")
"""A preposition right before a count: the count names where, not who."""
_NOT_PEOPLE_EVENTS = word_set(
    """floods storms landslides mudslides explosions blasts fires quakes earthquakes
    accidents crashes collisions raids clashes strikes operations incidents attacks
    shootings bombings ambushes"""
)
"""Plurals of events, which may be the subject of ``killed in …`` but count no one."""
_AGENT_SUFFIXES = ("ers", "ists", "ians")
"""Endings of nouns for people by what they do (``gatekeepers``, ``cyclists``)."""
_NOT_PEOPLE = word_set(
    """animals cattle cows goats sheep camels donkeys horses pigs dogs chickens birds
    villages towns communities areas districts neighbourhoods neighborhoods settlements
    weapons guns rifles items documents phones nights mornings evenings weekends decades
    crates boxes supplies goods containers belongings records artworks paintings
    towers computers papers numbers waters rivers letters orders borders corners layers
    matters chambers quarters headquarters barriers trailers tankers containers"""
)
"""Plural objects of a people verb that still count things (``killed 14 goats``)."""


def _names_things(noun: str) -> bool:
    """Return True when a plural noun the people-noun list lacks is known to count things
    (``crates``, ``goats``), so a verb that takes people does not make it people."""
    return noun in THING_BLOCKERS or noun in _NOT_PEOPLE


# --- noun phrases -------------------------------------------------------------------------
@dataclass(slots=True)
class _Phrase:
    """The words after a number: its noun phrase, or a partitive, or nothing (bare)."""

    end: int
    """Where the phrase ends (the number's end when bare)."""
    head: str | None = None
    who: str | None = None
    kind_hint: str | None = None
    """Kind carried by the head or a modifier (``20 dead``, ``12 wounded soldiers``)."""
    final: bool = False
    """True when the head fixes the kind whatever follows (``bodies``, ``dead``)."""
    people: bool = False
    bare: bool = False
    attackers: bool = False
    responders: bool = False
    partitive: str | None = None
    """The determiner after ``of``: ``its``, ``the``, ``them`` …"""
    possessive_noun: str | None = None
    anaphoric: bool = False
    thing: bool = False
    """True when the number counts things or time (``two cars``, ``five days``)."""
    more: bool = False
    """True for ``two more``: a count of the same group as the figure before."""
    total_start: int | None = None
    """Where the total of a partitive starts (``71 of the 72 hostages``)."""
    split_total: bool = False
    """True for the total of ``Of the 40 hostages, 12 were released``: the verb after the
    comma is the part's, not the total's."""
    named_total: int | None = None
    """Where a partitive's total with no noun starts (``nine`` in ``four of the nine were
    critical``): a count named before, which takes that count's kind."""


def _is_people(token: str) -> bool:
    low = token.lower()
    if "-" in low and low.replace("-", "") in PEOPLE_NOUNS:
        return True  # "concert-goers"
    return (
        low in PEOPLE_NOUNS
        or low in _SINGULAR_HEADS
        or token in DEMONYM_NOUNS
        or (bool(_DEMONYM_SUFFIX.match(token)) and len(token) >= 6)
        or low in WORDNET_PEOPLE_PLURALS
        or low in WORDNET_PEOPLE_SINGULARS
    )


def _plural_people(token: str) -> bool:
    """Return True for a plural people noun in -s (``refugees``, ``miners``): English makes
    a noun modifier singular (``refugee camps``), so a plural -s word after one is a verb."""
    low = token.lower()
    return (
        low.endswith("s")
        and (low in PEOPLE_NOUNS or low in WORDNET_PEOPLE_PLURALS)
        and low not in ("police",)
    )


def _modifies_compound(
    tokens: list[tuple[int, int, str]], i: int, cue_starts: frozenset[int]
) -> bool:
    """Return True when the participle at ``tokens[i]`` modifies a compound people head
    (``nine abducted bus passengers``, ``12 kidnapped aid workers``), not a verb."""
    if i + 2 >= len(tokens) or not tokens[i][2].lower().endswith("ed"):
        return False
    s, _, word = tokens[i + 1]
    return (
        word.isalpha()
        and word.islower()
        and s not in cue_starts
        and word not in STOP_AFTER_NUMBER
        and _is_people(tokens[i + 2][2])
    )


def _tokens(text: str, start: int, limit: int = 10) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for m in _TOKEN.finditer(text, start):
        out.append((m.start(), m.end(), m.group(0)))
        if len(out) >= limit:
            break
    return out


def _clean_who(text: str) -> str | None:
    words = " ".join(text.split()).strip(" '\"‘’“”").split()
    while words and (words[0].lower() in FILLER_ADJECTIVES or words[0].lower() in _KIND_MODIFIERS):
        words.pop(0)
    if not words:
        return None
    if len(words) == 1 and (words[0].lower() in GENERIC_PEOPLE or words[0].lower() in KIND_NOUNS):
        return None
    if words[-1].lower() in GENERIC_PEOPLE and len(words) == 1:
        return None
    if len(words) == 1 and words[0] in NATIONALITY_ADJECTIVES:
        return f"{words[0]} nationals"
    return " ".join(words)


_SIZED_THING = re.compile(r"\s+\d[\d,.]*-(?:[A-Za-z]+-)*[A-Za-z]+\s+(?P<noun>[A-Za-z]+)")
"""A count, a size joined to its unit, and the noun they describe (``two 18-seater buses``)."""


def _taken_after_total(phrase: _Phrase, words: list[tuple[int, int, str]], det: str) -> bool:
    """Return True when a participle of capture follows a partitive's total with no noun
    after ``the`` (``four of the nine abducted were freed``, ``12 of the 25 kidnapped are
    home``): the people its captors took, so the total counts hostages (the caller makes
    the participle the head, as it does after a headline's bare total)."""
    return (
        det == "the"
        and phrase.total_start is not None
        and bool(words)
        and words[0][2] in _TAKEN_PARTICIPLES
    )


_VERBS_AFTER_TOTAL = frozenset(
    ("escaped", "fled", "died", "survived", "drowned", "perished", "succumbed", "vanished")
)
_ADVERBS_BEFORE_VERB = frozenset(("later", "since", "also", "then", "subsequently", "eventually"))


def _verb_after_bare_total(words: list[tuple[int, int, str]]) -> bool:
    """Return True when the words after a partitive's bare total open its verb (``two of the
    six escaped``, ``three of the seven later died``), not a noun phrase the verb's
    participle would describe (``the nine escaped prisoners``): the total points back to a
    count named before and is no figure of its own, the part takes the verb."""
    first = words[0][2].lower()
    if first in _ADVERBS_BEFORE_VERB and len(words) > 1:
        first = words[1][2].lower()
    return first in _VERBS_AFTER_TOTAL and not any(_is_people(w[2]) for w in words[1:])


_REFLEXIVES = frozenset(("ourselves", "themselves", "myself", "himself", "herself", "yourselves"))
"""A pronoun after a count's noun that names who did it (``we dug out three men ourselves``),
never part of the noun phrase."""
_LET_GO_FIRST = frozenset(("go", "more", "further"))
"""The word after a count ``let … go`` can take (the pre-check of :func:`_let_bare_go`)."""
_LET_BEFORE = re.compile(
    r"\blet(?:s|ting)?\s+(?:the\s+(?:first|other|last|remaining|next)\s+|another\s+|"
    r"a\s+further\s+)?$",
    re.IGNORECASE,
)
_GO_AFTER = re.compile(
    r"\s+(?:(?:more|further)\s+)?go\b(?!\s+(?:of|ahead)\b)"
    r"(?![^.;]{0,60}\b(?:redundanc\w*|lay-?offs?|job\s+cuts|cost-cutting|restructuring)\b)",
    re.IGNORECASE,
)


def _let_bare_go(text: str, number: NumberMention) -> bool:
    """True for a count ``let`` … ``go`` with no noun (``Once they let the first four go``,
    ``the gunmen let two more go``): the captors let that many go, a bare count of the
    freed (the cue table's ``let … go`` names the kind); ``let go of`` frees nobody."""
    return bool(
        _GO_AFTER.match(text, number.end)
        and _LET_BEFORE.search(text, max(0, number.start - 40), number.start)
    )


def _read_phrase(
    text: str, number: NumberMention, cue_starts: frozenset[int] = frozenset()
) -> _Phrase:
    """Read what follows ``number``: a noun phrase, a partitive, or nothing.

    ``cue_starts`` holds where kind cues start: a number followed straight by one
    (``58 gunned down``, ``11 sent to hospital``) stands bare.
    """
    tokens = _tokens(text, number.end)
    phrase = _Phrase(end=number.end)
    # "20 or more", "100-plus": the qualifier words are not part of the phrase.
    skip_to = number.end
    tail = _QUALIFIER_TAIL.match(text, number.end)
    if tail:
        skip_to = tail.end()
        tokens = [t for t in tokens if t[0] >= skip_to]
    if not tokens or (tokens[0][2] in ",.;:!?)-–—" and tokens[0][2] not in _QUOTES):
        phrase.bare = True
        return phrase
    first = tokens[0][2].lower()
    if first in _LET_GO_FIRST and _let_bare_go(text, number):
        phrase.bare = True  # "they let the first four go", "let two more go"
        phrase.more = first != "go"
        return phrase
    if (
        first.endswith("ed")
        and tokens[0][2].islower()
        and first not in KIND_NOUNS
        and first not in THING_BLOCKERS
        and (len(tokens) == 1 or tokens[1][2].lower() in _AFTER_VERB)
    ):
        phrase.bare = True  # "the remaining three worked at …": a verb, not a modifier
        return phrase
    if first == "of":
        return _read_partitive(text, tokens[1:], phrase)
    if _scare_quoted(tokens, cue_starts):
        # "killed 28 'terrorists'", "30 “apostates” had been killed": a group named in
        # someone else's words, in quotes, counts people whatever the word.
        word = tokens[1][2]
        phrase.end = tokens[2][1]
        phrase.head = word
        phrase.people = True
        phrase.attackers = word.lower() in ATTACKER_NOUNS
        phrase.responders = word.lower() in RESPONDER_NOUNS
        phrase.who = _clean_who(word)
        if word.lower() in KIND_NOUNS:
            phrase.kind_hint = KIND_NOUNS[word.lower()]
            phrase.final = word.lower() in FINAL_KIND_NOUNS
        return phrase
    if tokens[0][2][0].isdigit() and (sized := _SIZED_THING.match(text, number.end)):
        noun = sized.group("noun").lower()
        if _names_things(noun) or noun in NOT_PEOPLE_PLURALS:
            phrase.thing = True  # "two 18-seater buses", "three 40-tonne trucks"
            return phrase
    words: list[tuple[int, int, str]] = []
    head_index: int | None = None
    thing_word = False
    joined_at: int | None = None
    """How many words came before an ``and`` the phrase ran on through."""
    for i, (s, e, tok) in enumerate(tokens[:8]):
        if tok in _QUOTES:
            continue
        low = tok.lower()
        if not (tok[0].isalpha() or tok[0].isdigit()) and tok not in ("&",):
            break
        if low in ("and", "or"):
            # "military and civilian employees" runs on; "guests and 30 staff", "locations
            # and arrested 17" do not.
            nxt = tokens[i + 1][2].lower() if i + 1 < len(tokens) else ""
            if (
                head_index is None
                and nxt[:1].isalpha()
                and not nxt.endswith("ing")  # "12 and leaving dozens missing": a new verb
                and nxt not in STOP_AFTER_NUMBER
                and nxt not in NUMBER_WORDS  # "four Greek and two Romanian": a new count
                and nxt not in KIND_NOUNS
                and nxt not in _KIND_WORDS_AFTER_HEAD
            ):
                if joined_at is None:
                    joined_at = len(words)
                words.append((s, e, tok))
                continue
            break
        if low == "of" and words and all(w[2].lower() in _MORE_WORDS for w in words):
            # "three more of the injured died": a partitive, and more of the same group.
            phrase.more = True
            return _read_partitive(text, tokens[i + 1 :], phrase)
        if (
            low in _KIND_MODIFIERS
            and i + 1 < len(tokens)
            and (tokens[i + 1][2].lower() in KIND_NOUNS or _is_people(tokens[i + 1][2]))
        ):
            words.append((s, e, tok))  # "nine confirmed fatalities", "five known victims"
            continue
        if low in STOP_AFTER_NUMBER or low == "of":
            break
        if (
            low.endswith("ly")
            and tok.islower()
            and (
                i + 1 == len(tokens)
                or not tokens[i + 1][2][0].isalpha()
                or tokens[i + 1][2].lower() in STOP_AFTER_NUMBER
            )
        ):
            break  # "rose to seven shortly after noon", "killed 12 instantly": an adverb
        if (
            s in cue_starts
            and low not in KIND_NOUNS
            and not _is_people(tok)
            and not (i + 1 < len(tokens) and _is_people(tokens[i + 1][2]))
            and not _modifies_compound(tokens, i, cue_starts)
            and not (number.value == 1 and low in ("hostage", "captive"))  # "one hostage died"
        ):
            if (
                low.endswith("ed")
                and low != "fled"
                and i + 1 < len(tokens)
                and tokens[i + 1][2] in THING_BLOCKERS
            ):
                phrase.thing = True  # "all 14 buried houses": a modifier of things
                return phrase
            break  # a verb starts here: "58 gunned down", "365 more hospitalised"
        if low in _REFLEXIVES:
            break  # "pulled out four people ourselves": the doers, after the object
        if head_index is not None and not _is_people(tok):
            # The head ends the phrase: "two soldiers wounded", "four gunmen took …";
            # only a compound head runs on ("staff members", "police officers"). A plural
            # noun after it makes the head a modifier: "21 body bags", "12 police cars".
            if (
                _PLURAL_NOUN.fullmatch(tok)
                and s not in cue_starts
                and low not in KIND_NOUNS
                and not _plural_people(words[head_index][2])
            ):
                phrase.thing = True
                return phrase
            break  # after a plural people head, an -s word is its verb ("refugees capsizes")
        if tok[0].isdigit():
            break
        words.append((s, e, tok))
        if (
            _is_people(tok)
            or low in KIND_NOUNS
            or (number.value == 1 and low in ("hostage", "captive"))  # not "held 14 hostage"
        ):
            head_index = len(words) - 1
        elif head_index is None and (low in THING_BLOCKERS or _PLURAL_NOUN.fullmatch(tok)):
            # "three locations", "four thwarted terror plots" count things, unless a people
            # noun follows ("two aircraft maintenance engineers").
            thing_word = True
    if (
        head_index is None
        and joined_at is not None
        and not any(
            w[2].lower() in THING_BLOCKERS or _PLURAL_NOUN.fullmatch(w[2])
            for w in words[:joined_at]
        )
    ):
        # "the toll had reached 224 and declared four days of mourning": no head came after
        # the "and", so the number stands alone.
        phrase.bare = True
        return phrase
    if head_index is None or (thing_word and words[head_index][2].lower() in KIND_NOUNS):
        if thing_word:
            phrase.thing = True
            return phrase
        if all(w[2].lower() in FILLER_ADJECTIVES for w in words):
            phrase.bare = True  # "nine more", "two others" read as bare numbers
            phrase.more = any(w[2].lower() in _MORE_WORDS for w in words)
            return phrase
        last = words[-1][2]
        if last in NATIONALITY_ADJECTIVES and len(words) == 1:
            head_index = 0  # "10 Chinese, who …"
        else:
            phrase.thing = True
            return phrase
    head_words = words[: head_index + 1]
    head = head_words[-1][2]
    low_head = head.lower()
    phrase.end = head_words[-1][1]
    phrase.head = head
    phrase.people = True
    phrase.attackers = low_head in ATTACKER_NOUNS or (
        number.value == 1 and low_head in _ATTACKER_SINGULAR
    )  # "there was one gunman"
    phrase.responders = low_head in RESPONDER_NOUNS or any(
        w[2].lower() in ("police", "troops", "soldiers", "rescue", "emergency") for w in head_words
    )
    if low_head in KIND_NOUNS:
        phrase.kind_hint = KIND_NOUNS[low_head]
        phrase.final = low_head in FINAL_KIND_NOUNS
        if phrase.kind_hint == "hostages" and any(
            w[2].lower() in _CAPTIVITY_ENDED for w in head_words[:-1]
        ):
            phrase.kind_hint = "freed"  # "the three released captives"
    else:
        for _, _, tok in head_words[:-1]:
            if tok.lower() in KIND_NOUNS and tok.lower() in FINAL_KIND_NOUNS:
                phrase.kind_hint = KIND_NOUNS[tok.lower()]  # "12 wounded soldiers"
    phrase.who = _clean_who(text[head_words[0][0] : phrase.end])
    if (
        not phrase.attackers
        and not phrase.responders
        and low_head in _ARMABLE_HEADS
        and (
            any(w[2].lower() in ("armed", "masked", "hooded") for w in head_words[:-1])
            or _ARMED_AFTER.match(text, phrase.end)
            or _WEAPONS_AFTER_COUNT.match(text, phrase.end)
            or (low_head in ("men", "youths") and _MEN_ARRIVING.match(text, phrase.end))
        )
    ):
        # "15 armed men", "three masked men", "six men armed with rifles": the attackers,
        # named by their arms or their masks.
        phrase.attackers = True
        phrase.who = "armed men" if low_head == "men" else _clean_who(f"armed {low_head}")
    return phrase


_CONTEXT_KINDS: dict[str, tuple[str | None, str | None]] = {
    "trapped": ("hostages", "missing"),
    "held": ("hostages", "arrested"),
    "taken": ("hostages", None),
    "returned": ("freed", None),
    "questioned": (None, None),
    "suspended": (None, None),
    "healed": (None, None),
    "present": ("hostages", "other"),
    "unhurt": ("freed", "other"),
    "sought": ("hostages", None),
    "kept": ("hostages", None),
    "inside": ("hostages", None),
}
"""Cue kinds whose meaning depends on the article: (with people held by others, without)."""


def _scare_quoted(tokens: list[tuple[int, int, str]], cue_starts: frozenset[int]) -> bool:
    """Return True when the number is followed by one plural word in quotes, then a verb or
    punctuation (``30 "apostates" had been killed``), not by a noun (``two 'dirty' bombs``).
    """
    if len(tokens) < 3 or tokens[0][2] not in _QUOTES or tokens[2][2] not in _QUOTES:
        return False
    word = tokens[1][2]
    low = word.lower()
    if not (word.isalpha() and word.islower() and low.endswith("s")) or low in THING_BLOCKERS:
        return False
    if tokens[1][0] != tokens[0][1] or tokens[2][0] != tokens[1][1]:
        return False  # the quotes must hug the word
    if len(tokens) == 3:
        return True
    following = tokens[3]
    return (
        not following[2][0].isalpha()
        or following[2].lower() in STOP_AFTER_NUMBER
        or following[0] in cue_starts
    )


def _verb_after(text: str, number: NumberMention) -> bool:
    """Return True when a group's count (``a search team of 60``) is followed by a past-tense
    verb rather than by the things it counts (``a convoy of 12 trucks``)."""
    if not _group_of_before(text, number.qualifier_start):
        return False
    after = _TOKEN.match(text, number.end + 1) if text[number.end : number.end + 1] == " " else None
    return bool(after and after.group(0).islower() and after.group(0).endswith("ed"))


def _sized_group(text: str, number: NumberMention) -> _Phrase | None:
    """Return the phrase of a group named by its size, ``a 45-strong rescue team``, ``a
    12-member delegation`` (people sent: the deployed kind unless a verb says), ``a
    three-man gang`` (attackers); None for anything else so sized (``a 20-man tent``)."""
    m = _SIZED_GROUP.match(text, number.end) or _SIZED_PANEL.match(text, number.end)
    if m is None:
        return None
    noun = m.group("noun").lower()
    attackers = noun in _COLLECTIVE_ATTACKERS
    return _Phrase(
        end=m.end(),
        head=noun,
        who=_clean_who(m.group("group")),
        people=True,
        attackers=attackers,
        responders=not attackers,
    )


_REINFORCING_BEFORE = re.compile(
    r"\b(?:(?:deployment|dispatch|arrival)\s+of\s+(?:an?\s+)?(?:(?:additional|extra|further)\s+)?|"
    r"(?:an?\s+|another\s+)(?:additional|extra|further)\s+|"
    r"(?:escorted|accompanied)\s+by\s+|under\s+the\s+protection\s+of\s+)$",
    re.IGNORECASE,
)
"""Words before a count of responders that say they were sent (``ordered the deployment of
200 police``, ``an additional 450 troops``, ``escorted by about 40 soldiers``)."""
_REINFORCING_AFTER = re.compile(
    r"(?:\s+(?:from|and)\s[^.;:]{0,40}?)?\s+(?:(?:have|has|had)\s+)?(?:responded|ringed|"
    r"escorted|combed|(?:are|were)\s+"
    r"(?:now|still)\s+(?:in|at|on)\b)",
    re.IGNORECASE,
)
"""A verb after a count of responders that says they were sent (``120 officers responded``,
``180 police and soldiers have ringed the depot``, ``600 soldiers were now in the town``)."""


def _sent_responders(text: str, number: NumberMention, phrase: _Phrase) -> bool:
    """Return True when a count of police, troops or rescuers that no verb gave a kind is of
    people sent to the scene: ``additional``, ``deployment of``, ``escorted by`` before it or
    ``responded``, ``ringed`` after it (``other``, deployed)."""
    if not phrase.responders:
        return False
    head_words = text[number.end : phrase.end]
    if "additional" in head_words or "extra" in head_words:
        return True  # "ordered 250 additional troops into the area"
    start = number.qualifier_start
    return (
        _REINFORCING_BEFORE.search(text, max(0, start - 40), start) is not None
        or _REINFORCING_AFTER.match(text, phrase.end) is not None
    )


def _sized_panel(text: str, number: NumberMention, phrase: _Phrase) -> bool:
    """Return True when the count is the size of a body appointed or sent (``a five-member
    committee``, ``a 27-strong patrol``): the body's size, whatever befell some of them."""
    return (
        phrase.head is not None
        and phrase.head in _PANEL_NOUNS
        and text.startswith("-", number.end)
        and _SIZED_PANEL.match(text, number.end) is not None
    )


def _numbering(text: str, number: NumberMention, phrase: _Phrase) -> None:
    """Give a bare number the group it counts in ``the gunmen, numbering around 100`` or
    ``a rescue team of 45``."""
    group = _group_of_before(text, number.qualifier_start)
    if group:
        phrase.bare = False
        phrase.people = True
        phrase.head = group.group("noun")
        phrase.responders = True
        phrase.who = _clean_who(group.group("group"))
        return
    floor = max(0, number.qualifier_start - 70)
    window = text[floor : number.qualifier_start].lower()
    m = (
        _NUMBERING.search(text, floor, number.qualifier_start)
        if any(map(window.__contains__, _NUMBERING_WORDS))
        else None
    )
    if m is not None and "numbered" in window:
        # the subject before a participle and its object: the object is not counted
        relative = _NUMBERED_PAST_RELATIVE.search(text, floor, number.qualifier_start)
        if relative is not None and (
            relative.group("noun").lower() in ATTACKER_NOUNS
            or relative.group("noun").lower() in _COLLECTIVE_ATTACKERS
        ):
            m = relative  # "the gang holding the captives numbered between 40 and 50 men"
    if not m:
        return
    noun = m.group("noun")
    collective = noun.lower() in _COLLECTIVE_ATTACKERS
    if not (collective or _is_people(noun)):
        return
    phrase.bare = False
    phrase.people = True
    phrase.head = noun
    phrase.attackers = collective or noun.lower() in ATTACKER_NOUNS
    phrase.responders = noun.lower() in RESPONDER_NOUNS
    phrase.who = _clean_who(noun)


_OPEN_HEAD_AFTER = re.compile(
    r"\s+(?:(?:who\s+)?(?:were|was|are|had\s+been|have\s+been)\s+(?:all\s+)?)?"
    + _CASUALTY_PARTICIPLE
)
"""A verb of harm, capture or rescue right after a partitive's head, or a reduced relative."""
_OPEN_HEAD_SUFFIXES = (*_AGENT_SUFFIXES, "ors")


def _open_partitive_head(
    text: str, words: list[tuple[int, int, str]], head: tuple[int, int, str] | None
) -> tuple[int, int, str] | None:
    """Return the head of a partitive's total that the people-noun list does not know
    (``three of the five vaccinators abducted …``, ``two of the four women surveyors
    killed …``): a plural named by what its members do, right before a verb of harm,
    capture or rescue; ``women`` or ``men`` before it only modify it."""
    start = 0
    if head is not None:
        start = next((i + 1 for i, w in enumerate(words) if w[0] == head[0]), len(words))
    if start >= len(words):
        return None
    ts, te, tok = words[start]
    low = tok.lower()
    if (
        tok.islower()
        and low.endswith(_OPEN_HEAD_SUFFIXES)
        and not _names_things(low)
        and low not in NOT_PEOPLE_PLURALS
        and _OPEN_HEAD_AFTER.match(text, te)
    ):
        return ts, te, tok
    return None


def _read_partitive(text: str, tokens: list[tuple[int, int, str]], phrase: _Phrase) -> _Phrase:
    """Read ``of its crew``, ``of the men``, ``of them``, ``of those detained``."""
    if not tokens:
        phrase.bare = True
        return phrase
    _, e, det = tokens[0]
    low_det = det.lower()
    phrase.people = True
    phrase.end = e
    phrase.partitive = low_det
    if low_det in ("us", "you"):
        # "Twelve of us hid": the speaker's own group, not the count of a sentence before
        # (the speaker is alive); only a predicate of its own gives it a kind.
        return phrase
    if low_det in ("them", "whom", "these", "those") and (
        len(tokens) < 2 or not tokens[1][2][0].isalpha() or low_det in ("them", "whom")
    ):
        phrase.anaphoric = True
        part = _PART_WHO.match(text[phrase.end :])
        if part:
            # "15 of them women", "eight of whom were police officers": the part's group.
            np = part.group("np").strip()
            last = np.split()[-1] if np.split() else ""
            if last.islower() and _is_people(last) and not _VERBLIKE_NP.search(np):
                phrase.who = _clean_who(np)
        return phrase
    if (
        low_det in ("its", "their", "our", "his", "her", "my")
        and len(tokens) > 1
        and tokens[1][2].lower() == "number"
    ):
        # "four of their number were killed": the group named before, as "of them"
        phrase.anaphoric = True
        phrase.end = tokens[1][1]
        return phrase
    counted = det[0].isdigit() or (low_det in NUMBER_WORDS and low_det != "one")
    if counted:
        # "Four of seven abducted aid workers freed": a headline's total has no article;
        # it counts people only when a people noun heads it ("one of four cars" does not).
        phrase.total_start = tokens[0][0]
    elif low_det not in ("its", "their", "the", "those", "these", "his", "her", "our", "my"):
        phrase.thing = True  # "one of four cars"
        return phrase
    words: list[tuple[int, int, str]] = []
    head: tuple[int, int, str] | None = None
    for ts, te, tok in tokens[1:8]:
        low = tok.lower()
        if (tok[0].isdigit() or (low in NUMBER_WORDS and low != "one")) and (
            not words or words[-1][2].lower().endswith(("'s", "’s"))
        ):
            # "150 of the village's 1,800 residents", "8 of the 166 people", "one of the
            # two robbers": a total
            if phrase.total_start is None:
                phrase.total_start = ts
            continue
        if not tok[0].isalpha():
            break
        if low in STOP_AFTER_NUMBER and low not in ("detained", "arrested", "killed", "injured"):
            break
        words.append((ts, te, tok))
        if _is_people(tok) or low in KIND_NOUNS or low in _KIND_WORDS_AFTER_HEAD:
            head = (ts, te, tok)
            if low in _KIND_WORDS_AFTER_HEAD and not _is_people(tok) and low not in KIND_NOUNS:
                break
    if head is None and low_det in ("our", "their", "its", "my", "his", "her") and words:
        # "two of our gatekeepers": a group someone calls theirs, named by what its members
        # do, counts people even when the noun is not in the lexicon.
        last = words[-1]
        low_last = last[2].lower()
        if low_last.endswith(_AGENT_SUFFIXES) and not _names_things(low_last) and last[2].islower():
            head = last
    if head is None or head[2].lower() in ("men", "women"):
        head = _open_partitive_head(text, words, head) or head
    if head is None:
        if low_det in ("those", "these"):
            phrase.anaphoric = True
            return phrase
        if (
            phrase.total_start is not None
            and words
            and words[0][2] in _TAKEN_PARTICIPLES
            and tokens[0][0] == phrase.total_start
        ):
            # "Six of nine abducted in … freed": a headline's total with no noun, which a
            # verb of capture describes; the participle stands for the head.
            phrase.end = words[0][1]
            phrase.head = words[0][2]
            return phrase
        if _taken_after_total(phrase, words, low_det):
            # "four of the nine abducted were freed": the participle stands for the head
            phrase.end, phrase.head = words[0][1], words[0][2]
            return phrase
        if phrase.total_start is not None and (not words or _verb_after_bare_total(words)):
            # "Four of the 11 have been charged": part of a count named before; the total
            # refers back and is no figure of its own.
            total = _TOKEN.match(text, phrase.total_start)
            phrase.end = total.end() if total else phrase.end
            phrase.named_total = phrase.total_start
            phrase.total_start = None
            phrase.anaphoric = True
            return phrase
        phrase.thing = True
        return phrase
    phrase.end = head[1]
    low_head = head[2].lower()
    phrase.head = head[2]
    phrase.attackers = low_head in ATTACKER_NOUNS or (
        low_head in _ARMABLE_HEADS
        and any(w[2].lower() in ("armed", "masked", "hooded") for w in words[:-1])
    )  # "12 of the armed men"
    phrase.responders = low_head in RESPONDER_NOUNS
    # The group's kind is a fallback: what the sentence says of the part comes first ("33 of
    # the survivors were wounded"), except for the dead ("two of the dead were children").
    if low_head in KIND_NOUNS:
        phrase.kind_hint = KIND_NOUNS[low_head]
        phrase.final = phrase.kind_hint == "killed"
        if phrase.kind_hint == "hostages" and any(
            w[2].lower() in _CAPTIVITY_ENDED for w in words[:-1]
        ):
            phrase.kind_hint = "freed"  # "nine of the freed captives", as "the freed captives"
    elif low_head in _KIND_WORDS_AFTER_HEAD:
        phrase.kind_hint = _kind_of_word(low_head)
        phrase.final = phrase.kind_hint == "killed"
    else:
        for _, _, tok in words[:-1]:
            if tok.lower() in FINAL_KIND_NOUNS:
                phrase.kind_hint = KIND_NOUNS[tok.lower()]
    group = text[words[0][0] : head[1]]
    if low_det in ("its", "their", "our"):
        phrase.possessive_noun = " ".join(group.split())
        phrase.who = None
    elif low_det in ("his", "her", "my"):
        phrase.who = _clean_who(group)  # "two of his crew", "six of my officers": a person's
    elif phrase.attackers and low_head == "men":
        phrase.who = "armed men"
    elif low_head in ("men", "women", "people", "others") or phrase.kind_hint:
        phrase.anaphoric = low_head in ("men", "women", "people", "others")
        phrase.who = None
    else:
        phrase.who = _clean_who(group)
    # "Ten of the men are forensic experts": the predicate names the group.
    pred = _PREDICATE_WHO.match(text[phrase.end :])
    if pred:
        np = pred.group("np").strip()
        last = np.split()[-1] if np.split() else ""
        if _is_people(last) and not _VERBLIKE_NP.search(np):
            phrase.who = _clean_who(np)
    return phrase


def _kind_of_word(word: str) -> str:
    return {
        "dead": "killed", "killed": "killed", "injured": "wounded", "wounded": "wounded",
        "hurt": "wounded", "missing": "missing", "freed": "freed", "rescued": "freed",
        "released": "freed", "arrested": "arrested", "detained": "arrested",
        "evacuated": "evacuated", "treated": "wounded", "hospitalised": "wounded",
        "hospitalized": "wounded",
    }.get(word, "other")  # fmt: skip


# --- kinds ----------------------------------------------------------------------------------
@lru_cache(maxsize=64)
def _clause_breaks(text: str) -> tuple[tuple[int, int], ...]:
    """Return the (start, end) of every clause break of ``text`` (cached per sentence)."""
    return tuple((m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(text))


def _clause(text: str, pos: int) -> tuple[int, int]:
    """Return the clause (start, end) around ``pos``; clauses end at ``;``, ``but`` …"""
    start, end = 0, len(text)
    for b_start, b_end in _clause_breaks(text):
        if b_end <= pos:
            start = b_end
        elif b_start >= pos:
            end = b_start
            break
    return start, end


def _adjacent_left(text: str, cues: list[_Cue], number: NumberMention) -> _Cue | None:
    """Return the verb right before the number, if it states a fact (not an intention)."""
    for cue in reversed(cues):
        if cue.end > number.qualifier_start:
            continue
        if "L" not in cue.modes:
            return None
        gap = text[cue.end : number.qualifier_start]
        if (
            not _ADJACENT_GAP.match(gap)
            and not _things_listed_first(gap)
            and not (_ONE_NAMED_FIRST.match(gap) and _OTHER_AFTER.match(text, number.end))
            and not (cue.kind in ("take", "leadaway") and _AWAY_GAP.match(gap))
        ):
            return None
        if _INTENT.search(text[max(0, cue.start - 40) : cue.start]) and not (
            cue.kind == "evacuated" and _CAUSED_TO.search(text, max(0, cue.start - 40), cue.start)
        ):
            return None
        return cue
    return None


_THREAT_BEFORE = re.compile(
    r"\b(?:would|will|could|might|shall)\s+(?:(?:then|first|also|just|only|simply|start\s+to)\s+)?"
    r"(?:kill|shoot|execute|behead|slaughter|hurt|harm|burn)\s+(?:(?:the|all|another|every)\s+)?$",
    re.IGNORECASE,
)
"""A modal before a verb of harm and its count (``they would shoot six of us if the police
came``): a threat, not what befell anyone."""


def _things_listed_first(gap: str) -> bool:
    """Return True when ``gap`` is a count of things joined to the number by ``and``
    (``deployed [two helicopters and] 150 soldiers``): the verb is the number's too."""
    m = _THING_LIST_GAP.match(gap)
    if m is None:
        return False
    return _names_things(m.group("noun").lower())


def _applies_right(text: str, cue: _Cue, phrase: _Phrase) -> bool:
    """Return True when a cue after the phrase can be the phrase's predicate."""
    if cue.kind == "take":
        return False
    if "A" in cue.modes:
        return phrase.attackers or _attacks(text, cue, phrase)
    if "D" in cue.modes:
        return phrase.responders
    if "R" not in cue.modes:
        return False
    passive = _PASSIVE_BEFORE.search(text, max(0, cue.start - 30), cue.start)
    if "P" in cue.modes and not passive and not _moved_right_after(text, cue, phrase):
        return False
    if not passive:
        # An active verb with its own object ("gunmen killed 12 people", "two men locked
        # in 140 guests") says what the phrase did, not what happened to it.
        after = _OBJECT_AFTER if "L" in cue.modes else _NUMBER_AFTER
        obj = after.match(text, cue.end, cue.end + 30)
        if obj and not _TIME_AFTER.match(text, obj.end() - 1):
            return False
    return True


def _attacks(text: str, cue: _Cue, phrase: _Phrase) -> bool:
    """Return True when a count of people is the subject of an attack it made (``100
    herdsmen attacked the village``, ``five men stormed the bank``): attackers by their act."""
    if not phrase.people or phrase.responders or phrase.kind_hint is not None:
        return False
    if cue.start - phrase.end > 40 or not _ATTACK_VERB.match(text, cue.start):
        return False
    gap = text[phrase.end : cue.start]
    return not _ATTACK_GAP_STOP.search(gap) and not _PASSIVE_BEFORE.search(
        text, max(0, cue.start - 30), cue.start
    )


def _left_cue(
    text: str, cues: list[_Cue], number: NumberMention, clause_start: int, reach: int = 140
) -> _Cue | None:
    """Return the nearest cue before the number in its clause, if nothing in between
    starts a new thought (``the dead included nine passengers``, ``the toll rose to 130``)."""
    for cue in reversed(cues):
        if cue.end > number.qualifier_start or cue.start < clause_start or cue.kind == "bringdown":
            continue  # "bodies had been brought to the morgue: nine gunmen": no verb of theirs
        if cue.kind in ("attack", "take") or number.qualifier_start - cue.end > reach:
            return None
        if "S" not in cue.modes:
            return None  # a verb's cue ("rescue team of 45") says nothing at a distance
        blocker = _LEFT_BLOCKERS.search(text, cue.end, number.qualifier_start)
        if (
            blocker is not None
            and "L" in cue.modes
            and _AMONG_PART.fullmatch(text, blocker.start(), number.qualifier_start)
            and not _ANY_DIGIT.search(text, cue.end, blocker.start())
        ):
            return cue  # "abducted dozens of travellers, among them four aid workers"
        if blocker is not None and not _RELATIVE_THEN_LISTED.fullmatch(
            text, blocker.start(), number.qualifier_start
        ):
            return None
        if _INTENT.search(text, max(0, cue.start - 40), cue.start):
            return None  # "averting the death of 157 passengers"
        return cue
    return None


def _right_cue(
    text: str, cues: list[_Cue], phrase: _Phrase, clause_end: int, next_number: int | None
) -> _Cue | None:
    """Return the first cue after the phrase that can be its predicate, in its clause; with
    none there, the outcome a relative clause set off by commas states (``the three gunmen,
    who were shot dead by police, …``). Residents named with their place (``200 residents of
    the old town, who were evacuated on Monday, went home``) take the relative's move first:
    their return is no figure of its own."""
    past_place = _past_place_of(text, phrase)
    if past_place > phrase.end:
        moved = _aside_cue(text, cues, past_place, with_evacuated=True)
        if moved is not None and moved.kind == "evacuated":
            return moved
    found = _main_right_cue(text, cues, phrase, clause_end, next_number)
    if found is not None:
        return found
    return _aside_cue(text, cues, past_place, with_evacuated=past_place > phrase.end)


_RESCUE_THEN_PREDICATE = re.compile(
    # no "and" between: "four escaped and two were killed" joins a second count's clause
    r"(?:(?!\band\s)[^,.;:\d]){0,50}?\s+(?:(?:are|were|is|was|have|has|had|been|being|later|since|"
    r"subsequently|also|still|now)\s+)+$",
    re.IGNORECASE,
)
"""``(pulled) from the river are being (treated)``: the rescue's place, then the auxiliaries
of the sentence's own verb."""


def _harm_after_rescue(
    text: str, cues: list[_Cue], phrase: _Phrase, rescue: _Cue, clause_end: int
) -> str | None:
    """Return ``killed`` or ``wounded`` when a rescue right after a count only says which
    people are meant and the sentence's own verb follows (``Six passengers pulled from the
    river are being treated for hypothermia``, ``Nine miners brought to the surface later
    died``): a reduced relative, then what befell them."""
    if text[phrase.end : rescue.start].strip():
        return None  # "12 were rescued": the rescue is the predicate
    for cue in cues:
        if cue.start < rescue.end:
            continue
        if cue.start >= clause_end or "R" not in cue.modes:
            return None
        if cue.kind not in ("killed", "wounded"):
            return None
        if not _RESCUE_THEN_PREDICATE.fullmatch(text, rescue.end, cue.start):
            return None
        return cue.kind
    return None


def _aside_cue(text: str, cues: list[_Cue], start: int, *, with_evacuated: bool) -> _Cue | None:
    """Return the outcome cue of a relative clause set off by commas at ``start`` (``, who
    were shot dead by police,``); ``with_evacuated`` also takes a move away."""
    aside = _WHO_ASIDE.match(text, start)
    if aside is None:
        return None
    stop = text.find(",", aside.end())
    stop = len(text) if stop < 0 else stop
    for cue in cues:
        if aside.end() <= cue.start < stop and (
            cue.kind in _OUTCOME_KINDS or (with_evacuated and cue.kind == "evacuated")
        ):
            return cue
        if cue.start >= stop:
            break
    return None


_ATTACK_VERB = re.compile(
    r"(?:attacked|stormed|raided|ambushed|opened\s+fire|robbed|held\s+up|took\s+hostages|"
    r"burst\s+into|descended\s+on)\b",
    re.IGNORECASE,
)
"""Verbs of an attack its subject made (the attack cues that only attackers' nouns take)."""
_ATTACK_GAP_STOP = re.compile(r"[,;:.\d]|\b(?:who|which|that|and|or|had|have|has)\b", re.I)
_GANG_OF = re.compile(
    r"\b(?:gang|band)\s+of\s+(?:about\s+|some\s+|around\s+|at\s+least\s+|up\s+to\s+|"
    r"as\s+many\s+as\s+|more\s+than\s+)?$",
    re.IGNORECASE,
)
"""``a gang of eight men``: the group names attackers."""


_SIZE_HEDGE = (
    r"(?:(?:about|some|around|roughly|nearly|at\s+least|up\s+to|as\s+many\s+as|more\s+than|"
    r"fewer\s+than|between)\s+)?$"
)
"""A qualifier a size may carry, at the end of the words before it."""
_DESCRIBED_AS = re.compile(
    r"\b(?:described|put|estimated)\s+(?:the\s+)?(?P<noun>[a-z-]+)\s+(?:as|at)\s+" + _SIZE_HEDGE,
    re.IGNORECASE,
)
"""``described the raiders as between 50 and 80 (men)``: the count the verb gives a group
named before it."""
_GROUP_HAD = re.compile(
    r"\b(?:cell|gang|band|ring|network)\b[^.;:\d]{0,60}?\b(?:had|has|have|comprised|included)\s+"
    + _SIZE_HEDGE,
    re.IGNORECASE,
)
_MEMBERS_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?members\b", re.IGNORECASE)
"""``the cell that organised it had at least six members``: a gang's size by its members."""


def _attackers_sized(text: str, number: NumberMention) -> bool:
    """Return True when ``number`` sizes attackers in other words: a verb of estimate puts
    attackers named before it at the count (``described the gunmen as about 30 men``), or a
    cell, gang, band or ring had that many members."""
    before = text[max(0, number.qualifier_start - 80) : number.qualifier_start]
    if ("described" in before or "put" in before or "estimated" in before) and (
        " as " in before or " at " in before
    ):
        m = _DESCRIBED_AS.search(before)
        if m and m.group("noun").lower() in ATTACKER_NOUNS:
            return True
    if "members" not in text:
        return False
    return bool(_GROUP_HAD.search(before)) and bool(_MEMBERS_AFTER.match(text, number.end))


def _bare_gang_of(text: str, number: NumberMention) -> bool:
    """Return True when a count with no noun of its own sizes a gang or band (``a gang of
    four shot dead two guards``, ``a band of about 30 raided the farms``): attackers."""
    if "gang" not in text and "band" not in text and "Gang" not in text:
        return False
    return bool(_GANG_OF.search(text, max(0, number.qualifier_start - 30), number.qualifier_start))


_NUMBERED_AT = re.compile(
    r"\b(?:numbered|(?:believed|thought|said|reported|estimated)\s+to\s+number|"
    r"estimated\s+(?:by\s+[^,.;:\d]{1,60}?\s+)?at)\s+[\"“‘']?" + _SIZE_HEDGE,
    re.IGNORECASE,
)
"""``the raiders numbered fewer than 40``, ``estimated by the army at about 50``, ``believed to
number "around 45"``: a verb that gives the size of the group named before it."""
_SEIZED_BY = re.compile(
    r"\b(?:seized|abducted|kidnapped|took|taken|held|captured|snatched|rounded\s+up)\b",
    re.IGNORECASE,
)
"""A verb of capture in the clause before a verb of size: the count sizes the captives."""
_NUMBERED_GROUPS = word_set("gang band cell group column party")
"""Nouns of a group whose size a verb can give: the first three are attackers' own."""


_CAPTURED_ATTACKERS = re.compile(
    r"\s+(?:(?:now|already|since)\s+)?(?:captured|arrested|detained)\s+(?P<words>[\w-]+"
    r"(?:\s+[\w-]+)?)",
    re.IGNORECASE,
)
"""``the two captured gunmen``, ``three arrested militants``: attackers in custody."""


def _captured_attackers(text: str, number: NumberMention) -> bool:
    """Return True when a count's noun phrase names attackers taken alive (``the two captured
    gunmen are talking``): they are ``arrested``, whatever verb follows."""
    if "captured" not in text and "arrested" not in text and "detained" not in text:
        return False
    m = _CAPTURED_ATTACKERS.match(text, number.end)
    return m is not None and any(w in ATTACKER_NOUNS for w in m.group("words").lower().split())


def _attackers_numbered(text: str, number: NumberMention) -> bool:
    """Return True when a verb of size gives the count to attackers named before it.

    ``the raiders numbered under 40``, ``a column of rebels estimated at more than
    300 men``, ``the group that stormed the depot was believed to number between six and
    nine``: the last people or group noun before the verb decides. An attackers' noun, a
    gang, band or cell is the attackers; a group, column or party is only where an attack
    verb follows it. Hostages, villagers, the police or a crowd numbered stay theirs.
    """
    if "number" not in text and "estimated" not in text:
        return False
    start = number.qualifier_start
    verb = _NUMBERED_AT.search(text, max(0, start - 90), start)
    if verb is None or _CROWD_BEFORE.search(text, max(0, start - 60), start):
        return False  # "fired into a crowd estimated at 3,000": people present, not the gunmen
    before = text[: verb.start()]
    cut = max(before.rfind(". "), before.rfind("; "), before.rfind(": ")) + 1
    last: re.Match[str] | None = None
    for m in _TOKEN.finditer(before, cut):
        low = m.group(0).lower()
        if low in ATTACKER_NOUNS or low in _NUMBERED_GROUPS or _plural_people(low):
            last = m
    if last is None:
        return False
    if _SEIZED_BY.search(before, cut):
        # "the villagers the bandits seized numbered 30", "the hostages held by the gang
        # are estimated at 40": where anyone is taken, the taken are sized
        return False
    low = last.group(0).lower()
    if low in ATTACKER_NOUNS or low in _COLLECTIVE_ATTACKERS:
        return True
    return low in _NUMBERED_GROUPS and _ATTACK_VERB.search(before, last.end()) is not None


_GOT_AWAY = re.compile(r"\b(?:large|run|fled|flee|fleeing)\b", re.IGNORECASE)
"""Attackers ``at large``, ``on the run`` or who ``fled the area`` are still attackers."""
_ON_THE_RUN = re.compile(r"\bon\s+the\s+run\b", re.IGNORECASE)
"""``two suspects are on the run``: people who did it and got away."""
_OUT_OF_CUSTODY = re.compile(
    r"\b(?:inmates?|prisoners?|convicts?|fugitives?|escapees?|detainees?|jail|prison|escaped|"
    r"broke\s+out)\b",
    re.IGNORECASE,
)
"""Words of a breakout: people on the run from custody are no attackers."""
_TAKEN_PRISONER = re.compile(r"taken\s+(?:as\s+)?prisoners?\b", re.IGNORECASE)
_AT_LARGE = re.compile(r"\b(?:at\s+large|on\s+the\s+run)\b", re.IGNORECASE)
_ATTACKER_WORD = re.compile(
    rf"\b(?:{'|'.join(sorted(ATTACKER_NOUNS))}|attacker|gunman|assailant|kidnapper|gang)\b",
    re.IGNORECASE,
)


def rest_of_a_gang(raw: RawFigure, text: str, before: str) -> RawFigure:
    """Return ``raw`` as attackers when a count with no noun of its own is still at large
    after attackers were told of, in its sentence or the one ``before`` it (``there were
    nine gunmen, and two of them remain at large``, ``Four of the attackers were shot
    dead. The other three are still at large.``): the rest of the gang. Not where people
    broke out of custody."""
    if raw.kind not in ("other", "freed") or raw.who is not None:
        return raw
    tail = text[raw.end : raw.end + 90]
    if ("large" not in tail and " run" not in tail) or not _AT_LARGE.search(tail):
        return raw
    if _OUT_OF_CUSTODY.search(text) or any(
        m.group().lower() != "escaped" for m in _OUT_OF_CUSTODY.finditer(before)
    ):
        return raw  # (attackers "who escaped" the sentence before are the gang itself)
    if not (_ATTACKER_WORD.search(text, 0, raw.start) or _ATTACKER_WORD.search(before)):
        return raw
    return replace(raw, kind="attackers", inherit=False)


_CAPTURED_NEXT = re.compile(
    r"\s+(?:were|was|have\s+been|had\s+been)\s+(?:also\s+|later\s+)?captured\b"
)
_REST_OR_BARE = re.compile(r"(?:\w+(?:-\w+)?)(?:\s+(?:others|more))?", re.IGNORECASE)


_BY_AGENT = re.compile(r"\bby\s+(?:the\s+|armed\s+|suspected\s+)*[\w'’-]+", re.IGNORECASE)


def caught_rest_of_a_gang(raw: RawFigure, text: str, before: str) -> RawFigure:
    """Return ``raw`` as arrested when a count with no noun of its own (``two``, ``three
    others``) ``were captured`` after attackers were the last people named, in its sentence
    or the one ``before`` it (``Two of the raiders were shot and three others were
    captured``; ``The bandits numbered ten. Four of them died and two were captured``): the
    rest of the gang, caught. After ``villagers`` the same words count captives."""
    if raw.kind != "hostages" or raw.who is not None or raw.value_max is not None:
        return raw
    if "captured" not in text[raw.end : raw.end + 30] or not _CAPTURED_NEXT.match(text, raw.end):
        return raw
    if not _REST_OR_BARE.fullmatch(text, raw.start, raw.end):
        return raw
    last: str | None = None
    # "shot dead by the gunmen": the agent of a passive is no group the count is part of.
    told = _BY_AGENT.sub(" ", before + " " + text[: raw.start])
    for m in _TOKEN.finditer(told):
        low = m.group(0).lower()
        if low in ATTACKER_NOUNS or _plural_people(low):
            last = low
    if last is None or last not in ATTACKER_NOUNS:
        return raw
    return replace(raw, kind="arrested", inherit=False)


_OTHERS_CROSSED = re.compile(
    r"\s+(?:(?:is|are|was|were)\s+(?:thought|believed|said|reported)\s+to\s+have\s+)?"
    r"(?:(?:had|have|has)\s+)?(?:crossed|slipped\s+across|fled\s+(?:across|over|into)|"
    r"escaped\s+(?:across|over|into))\s+(?:the\s+)?(?:border|river|frontier|lake|sea|"
    r"mountains?|hills)\b",
    re.IGNORECASE,
)
_THE_OTHER_START = re.compile(r"\W*(?:the\s+)?(?:other|remaining)\s*$", re.IGNORECASE)


def rest_of_a_gang_across(
    raw: RawFigure, text: str, before: str, previous_kind: str | None
) -> RawFigure:
    """Return ``raw`` as attackers when ``The other three are believed to have crossed the
    border`` follows the capture or killing of some of a gang: the count with no noun of its
    own, opening its sentence, is the rest of the gang, gone across the border or a river.
    The gang is named in the sentence before or, when that one told of arrests, known from
    them."""
    if not raw.inherit or raw.who is not None:
        return raw
    if not _THE_OTHER_START.match(text, 0, raw.start) or not _OTHERS_CROSSED.match(text, raw.end):
        return raw
    if previous_kind != "arrested" and not _ATTACKER_WORD.search(before):
        return raw
    return replace(raw, kind="attackers", inherit=False)


_PLACE_OF = re.compile(
    r"\s+of\s+(?:the\s+|two\s+|three\s+|several\s+|neighbouring\s+|nearby\s+)?"
    r"(?:[\w'’-]+\s+(?:and\s+)?){0,6}?[\w'’-]+(?=\s*,?\s*(?:who|that)\s)",
)
"""``(200 residents) of Main Street and Hill Road`` before ``who`` or ``that``: where they live,
between the residents and what befell them."""


def _past_place_of(text: str, phrase: _Phrase) -> int:
    """Return where the words after a count of residents begin once the place they live in is
    passed (``200 residents of the old town who were evacuated``); else the phrase's end."""
    if (phrase.head or "").lower() in _RESIDENT_HEADS and text.startswith(" of ", phrase.end):
        place = _PLACE_OF.match(text, phrase.end)
        if place is not None:
            return place.end()
    return phrase.end


_WHO_ASIDE = re.compile(r"\s*,\s*who\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+")
"""``, who were``: a relative clause set off by commas that says what befell the people."""
_OUTCOME_KINDS = frozenset(("killed", "wounded", "freed", "arrested", "missing"))


def _main_right_cue(
    text: str, cues: list[_Cue], phrase: _Phrase, clause_end: int, next_number: int | None
) -> _Cue | None:
    """Return the first cue after the phrase that can be its predicate, in its clause."""
    scan_from = _past_place_of(text, phrase)
    relative = _RELATIVE.match(text, scan_from) or _NAME_AGE_ASIDE.match(text, scan_from)
    if relative:
        scan_from = relative.end()  # ", who were previously caught up in the hotel,"
    elif phrase.total_start is not None and (
        held := _HELD_AFTER.match(text, scan_from)
        or ("trapped" in text and _TRAPPED_TOTAL_AFTER.match(text, scan_from))
    ):
        scan_from = held.end()  # "four of the nine farmers abducted (on Monday) were freed"
    restrictive = _RESTRICTIVE.match(text, scan_from)
    blockers_from = restrictive.end() if restrictive else scan_from  # "90 people who were …"
    if restrictive and restrictive.group(0).strip() == "whose":
        # "150 residents whose homes flooded … have been moved": the clause's first verb
        # is the possessed noun's; what befell the people comes after it.
        verb = _WHOSE_VERB.match(text, restrictive.end())
        if verb is None:
            return None
        scan_from = blockers_from = verb.end()
    # A relative clause may hold commas and "though"; its noun's verb comes after it.
    stop = len(text) if restrictive else clause_end
    if restrictive:
        # "… two officials who approved the works, but no one was arrested": a new subject.
        negated = _BUT_NONE.search(text, restrictive.end())
        if negated:
            stop = negated.start()
        speech = _SPEECH_AFTER_COMMA.search(text, restrictive.end(), stop)
        if speech:
            # "… was among the 12 who escaped, said the boy had been beaten": what the
            # speaker says next is about someone else.
            stop = speech.start()
    if relative and next_number is not None and next_number < relative.end():
        # "Three people, the owner and two clerks, are in custody": the apposition's count
        # is a part of this one, and the verb after it is both counts'.
        next_number = None
    if (
        next_number is not None
        and next_number > phrase.end
        and not restrictive
        and not (
            _COORDINATION.fullmatch(text, phrase.end, next_number)
            and not (phrase.split_total and "," in text[phrase.end : next_number])
        )
        and not _of_counted_places(text, phrase.end, next_number)
        and not _coordinated_definite(text, phrase.end, next_number)
    ):
        # "rose to 48, with 23 others missing", "50,000 turned out to honour four people
        # killed": past another count, the words are that count's, unless coordinated
        # ("140 guests and 30 staff were locked in").
        stop = min(stop, next_number)
    found: _Cue | None = None
    for cue in cues:
        # An outcome, or the verb after a relative clause, may come further on.
        reach = 150 if found is not None or restrictive else 90
        if (
            reach == 90
            and 90 < cue.start - scan_from <= 150
            and _ASIDE.search(text, scan_from, cue.start)
        ):
            reach = 150  # "300 people from X, which the cloud reached on Saturday, were …"
        if cue.start < scan_from or cue.start >= stop or cue.start - scan_from > reach:
            continue
        if (
            found is not None
            and _THEN.search(text, found.end, cue.start)
            and _applies_right(text, cue, phrase)
        ):
            return cue  # "were held for five hours before being freed": the outcome
        if not restrictive and _blocked(text, blockers_from, cue.start):
            if _in_aside(text, blockers_from, cue.start):
                continue  # "…, who were in the station building at the time, were unhurt"
            break  # "the toll rose to 14, and that 32 people were treated"
        if _applies_right(text, cue, phrase):
            if found is not None and not restrictive:
                break
            if cue.kind == "other" and _ON_BOARD.match(text, cue.start) and not found:
                # "all 55 passengers aboard a jet that crashed … have been killed": where
                # they were is not what happened to them; look on for an outcome.
                limit = min(len(text), cue.end + 150)
                if next_number is not None and next_number > cue.end:
                    limit = min(limit, next_number)  # "Of the 189 on board, 12 survived"
                outcome = _OUTCOME.search(text, cue.end, limit)
                if outcome:
                    kind = _kind_of_outcome(outcome.group(0))
                    return _Cue(outcome.start(), outcome.end(), kind, "R")
            if found is not None and (
                cue.kind == "other"
                or (found.kind == "killed" and cue.kind == "wounded")
                or (found.kind == "evacuated" and cue.kind in ("returned", "home"))
            ):
                # "three who later died of burns … and a woman whose body was found":
                # neither the burns nor the finding is a new fact about the three.
                continue
            found = cue
            settled = (
                _reduced_outcome(text, cues, cue, stop, phrase)
                or _settled_outcome(text, cues, cue, stop, phrase)
                or _attackers_fate(text, cues, cue, stop, phrase)
            )
            if settled is not None:
                return settled
            if not restrictive and not _THEN_AHEAD.search(text, cue.end, min(stop, cue.end + 40)):
                break
            # "20 children who had been seized … were released": the relative clause
            # tells what had happened to them, the last predicate what happened now.
    return found


_LISTED_KIND_NEXT = re.compile(
    r"\s*,\s*[\w,]+\s+(?:injured|wounded|hurt|missing|rescued|survivors)\b", re.IGNORECASE
)
"""``23 victims, 12 injured``: a list of counts, each with its own kind."""
_ASIDE = re.compile(
    r",\s*(?:which|who|(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?!of\b)[a-z-]+s\b)"
    r"[^,;.]*,"
)
"""An aside set off by commas: a relative clause, or an apposition counting places (``300
residents of Ayo and Ebe, two hamlets below the dam, were moved``)."""


def _blocked(text: str, start: int, end: int) -> bool:
    """Return True when a word between ``start`` and ``end`` starts a new clause; a relative
    clause set off by commas does not (``300 people from the village of Tarnby, which the
    cloud reached on Saturday, were moved out``)."""
    while True:
        m = _RIGHT_BLOCKERS.search(text, start, end)
        if m is None:
            return False
        if m.group(0).lower() in ("which", "who") and text[: m.start()].rstrip().endswith(","):
            close = text.find(",", m.end(), end)
            if close >= 0:
                start = close + 1
                continue
        return True


_ASIDE_OPEN = re.compile(r",\s*(?:who|which)\b[^,;.]*$", re.IGNORECASE)


def _in_aside(text: str, start: int, pos: int) -> bool:
    """Return True when ``pos`` lies inside a relative clause set off by commas that opened
    after ``start`` and closes with a comma later (its words are no predicate of the count)."""
    opened = _ASIDE_OPEN.search(text, start, pos)
    return opened is not None and text.find(",", pos) >= 0


_PLACE_NAME = r"(?-i:[A-Z][\w'’-]*(?:\s+(?:de|del|da|do|la|le|of|the|[A-Z][\w'’-]*)){0,5})"
_OF_BEFORE_COUNT = re.compile(
    rf"\s+(?:of|from|in)\s+(?:the\s+)?(?:{_PLACE_NAME}(?:\s*,\s*{_PLACE_NAME})*"
    rf"(?:\s*,?\s+and\s+{_PLACE_NAME})?(?:\s*,\s*|\s*,?\s+and\s+))?$",
    re.IGNORECASE,
)
"""``600 residents of two hamlets``, ``650 people from Quilca and two hamlets``, ``300
residents of Ayo and Ebe, two hamlets nearby,``: where the people are from."""
_COUNTED_NOUN = re.compile(r"[\w,.-]+\s+(?:[a-z-]+\s+)?(?P<noun>[a-z-]+)")


def _of_counted_places(text: str, phrase_end: int, next_number: int) -> bool:
    """Return True when the next number only says where the people are from (``600
    residents of two hamlets``, ``workers from Ayo and three villages``): not a count of
    people."""
    if not _OF_BEFORE_COUNT.fullmatch(text, phrase_end, next_number):
        return False
    counted = _COUNTED_NOUN.match(text, next_number)
    return counted is not None and not _is_people(counted.group("noun"))


_REDUCED_GAP = re.compile(
    r"\s+(?:in|from|at|on|near|off|by|during|for|into|along|outside|since|last|earlier|a|an|"
    r"one|two|three|four|five|six|several|some)\s+"
    r"(?:(?!(?:and|but|or|who|which|that|when|while|as|said|says|told)\b)[^,;:.\s]+\s+){0,10}?"
    r"(?:(?:have|has|had)\s+(?:been\s+)?|(?:were|was|are|is)\s+)?",
    re.IGNORECASE,
)
"""Between a reduced relative's participle and the verb of its noun: where and when
(``in the forest``, ``a week ago on the highway``), then the verb's auxiliary."""


def _reduced_outcome(
    text: str, cues: list[_Cue], state: _Cue, stop: int, phrase: _Phrase
) -> _Cue | None:
    """Return the outcome after a reduced relative: in ``5 aid workers abducted in X
    released`` or ``two guards held in the kitchen had been beaten`` the first participle
    says who they are, the second what befell them."""
    if state.kind in ("wounded", "freed"):
        outcomes: tuple[str, ...] = ("killed",)  # "One of the survivors admitted to … died"
    elif state.kind in ("hostages", "held", "trapped", "taken", "missing", "buried"):
        outcomes = ("freed", "killed", "returned", "wounded")
    else:
        return None
    if _PASSIVE_BEFORE.search(text, max(0, state.start - 30), state.start):
        return None  # "were abducted in X, released …" has its own verb
    for cue in cues:
        if cue.start <= state.start:
            continue
        if cue.start >= stop or cue.kind not in outcomes:
            return None
        if _REDUCED_GAP.fullmatch(text, state.end, cue.start) and _applies_right(text, cue, phrase):
            return cue
        return None
    return None


_FATE_GAP = re.compile(
    r"[^.;:\d]{0,80}?\b(?:and|but)\s+(?:(?:was|were|(?:had|has|have)\s+been|got)\s+)"
    r"(?:(?:later|then|also|subsequently|eventually|\w+ly)\s+)*",
    re.IGNORECASE,
)
"""``(opened fire on the officers) and was (fatally wounded)``: what befell the attackers
after their act."""


def _attackers_fate(
    text: str, cues: list[_Cue], act: _Cue, stop: int, phrase: _Phrase
) -> _Cue | None:
    """Return what befell attackers after their act in the same clause: ``One gunman opened
    fire on the officers and was fatally wounded``, ``two robbers … and were arrested``."""
    if act.kind != "attack":
        return None
    for cue in cues:
        if cue.start < act.end:
            continue
        if cue.start >= stop or cue.kind not in ("killed", "wounded", "arrested"):
            continue
        if _FATE_GAP.fullmatch(text, act.end, cue.start) and _applies_right(text, cue, phrase):
            return cue
        return None
    return None


def _kind_of_outcome(words: str) -> str:
    """Return the kind an outcome phrase states (``have been killed`` → killed)."""
    low = words.lower()
    for stem, kind in (
        ("kill", "killed"), ("die", "killed"), ("dead", "killed"), ("injur", "wounded"),
        ("wound", "wounded"), ("hurt", "wounded"), ("surviv", "unhurt"), ("rescu", "freed"),
        ("miss", "missing"), ("evacu", "evacuated"),
    ):  # fmt: skip
        if stem in low:
            return kind
    return "other"


def _said_opens_clause(text: str, clause_start: int, at: int) -> bool:
    """Return True when only a speaker and ``said`` open the clause before ``at`` (``The
    charity said eight were``)."""
    said = _SAID_SUBJECT_START.search(text, max(clause_start, at - 40), at)
    return said is not None and not text[clause_start : said.start()].strip(" \"“‘'")


_PARTITIVE_OF = re.compile(r"\bof\s+(?:the|these|those|its|their)\s+$", re.IGNORECASE)
"""``Nine of the `` right before a count: the count is the total of a partitive."""
_PARTITIVE_IN = re.compile(r"\s+of\s+(?:the|these|those|its|their)\s+", re.IGNORECASE)
"""``Nine of the 25 hostages``: a figure that is the part of a partitive."""


def _part_after_partitive_total(
    text: str, number: NumberMention, previous: RawFigure | None
) -> bool:
    """Return True when the count before a part named by its predicate is the total of a
    partitive in the same sentence (``Nine of the 25 hostages still held are women, he
    said, and three are children``): the part is of that total and takes its kind, not the
    kind of a count in the sentences before."""
    return (
        previous is not None
        and previous.kind not in ("other", "attackers")
        and previous.end <= number.qualifier_start
        and (
            _PARTITIVE_OF.search(text, max(0, previous.start - 20), previous.start) is not None
            or _PARTITIVE_IN.search(text, previous.start, previous.end) is not None
        )
    )


def _nationality_predicate(np: str) -> str | None:
    """Return the group a predicate of nationality alone names (``three were Ghanaian``,
    ``one was a Togolese``: Ghanaian nationals), or None for any other capitalised word."""
    words = np.split()
    if words and words[0].lower() in ("a", "an"):
        words = words[1:]
    if len(words) == 1 and words[0] in NATIONALITY_ADJECTIVES:
        return f"{words[0]} nationals"
    return None


def _subject_group(
    text: str, number: NumberMention, phrase: _Phrase, clause_start: int
) -> str | None:
    """Return the group a bare count that opens its clause is said to be (``Nine were
    children`` → children), or None when its predicate is not a group of people."""
    if not _SUBJECT_START.search(
        text, clause_start, number.qualifier_start
    ) and not _said_opens_clause(text, clause_start, number.qualifier_start):
        return None
    m = _GROUP_PREDICATE.match(text, phrase.end)
    if m is None:
        return None
    noun = m.group("noun")
    if not noun.islower() and noun not in DEMONYM_NOUNS:
        return _nationality_predicate(m.group("np"))
    if not _is_people(noun) or noun.lower() in KIND_NOUNS or _VERBLIKE_NP.search(m.group("np")):
        return None
    return _clean_who(m.group("np"))


def _buried_kind(text: str, number: NumberMention, next_number: int | None) -> str:
    """Return what ``buried`` says of a count in its clause: the dead laid in graves
    (``relatives buried 22 victims``, ``their bodies``) or people trapped under a collapse
    (``buried in the mudslide``, ``buried alive``); ``were buried`` alone is a burial."""
    start, end = _clause(text, number.start)
    if next_number is not None and next_number > number.end:
        end = min(end, next_number)  # "…, and 12 bodies have been recovered": the next count's
    clause = text[start:end]
    if _BURIED_DEAD.search(clause) or _BURIAL_MANNER.search(clause):
        return "killed"
    if _BURIED_UNDER.search(clause):
        return "trapped"
    if _BURIED_GRAVE.search(clause):
        return "killed"
    burier = _BURIER.search(text, start, number.qualifier_start)
    if burier and (
        burier.group("subj").lower() in ("they", "we") or _is_people(burier.group("subj"))
    ):
        return "killed"  # people bury the dead; a landslide buries the living
    if _BURIED_PASSIVE.search(clause):
        return "killed"  # "were buried", "will be buried on Saturday": a burial
    return "trapped"


def _settled_outcome(
    text: str, cues: list[_Cue], state: _Cue, stop: int, phrase: _Phrase
) -> _Cue | None:
    """Return the outcome that settles a provisional state later in its clause: ``swept
    away by a flash flood and killed``, ``buried by the avalanche but dug out alive``."""
    if not _PROVISIONAL.match(text, state.start):
        return None
    for cue in cues:
        if cue.start < state.end:
            continue
        if cue.start >= stop or cue.start - state.end > 80:
            return None
        if cue.kind not in ("killed", "freed", "arrested"):
            continue
        gap = text[state.end : cue.start]
        if not _THEN_LINK.search(gap) or _OTHER_SUBJECT.search(gap) or _ANY_DIGIT.search(gap):
            return None
        if _DETERMINER_END.search(gap):
            continue  # "trapped under the frame and the remains of the stalls": a noun
        return cue
    return None


def kind_cue(text: str, *, hostage_context: bool = True) -> str | None:
    """Return the kind a sentence's own words give the people it speaks of, without a count.

    ``Rescuers are searching for people trapped under the rubble`` → missing; ``Troops freed
    dozens of hostages`` → freed. The verb wins over a noun (``hostages``); the last verb
    wins over earlier ones. The caller uses it for a count in the next sentence that points
    back (``It could be as many as 25``). A sentence with no such word that names attackers
    gives ``attackers``: ``The gunmen arrived on motorcycles. She counted about 50 of them.``
    """
    kind: str | None = None
    noun_kind: str | None = None
    for cue in _cues(text):
        k = cue.kind
        if k == "buried":
            k = "trapped"
        if k in _CONTEXT_KINDS:
            k = _CONTEXT_KINDS[k][0 if hostage_context else 1] or ""
        if k not in _FIGURE_KINDS:
            continue
        if "L" in cue.modes or "R" in cue.modes:
            kind = k
        else:
            noun_kind = noun_kind or k
    if kind is None and noun_kind is None and _names_one_of(text, 0, len(text), ATTACKER_NOUNS):
        return "attackers"
    return kind or noun_kind


_FIGURE_KINDS = frozenset(
    ("killed", "wounded", "hostages", "freed", "missing", "arrested", "evacuated")
)


_LET_GO = re.compile(
    r"[^,;.\d]{0,40}?\b(?:were|was|(?:have|has|had)\s+(?:since\s+|now\s+|already\s+)?been)\s+"
    r"(?:since\s+|later\s+|now\s+)?(?:released|freed|set\s+free|let\s+go)\b"
    r"(?P<how>\s+(?:without\s+(?:being\s+)?charged?|without\s+charges?|on\s+bail|"
    r"from\s+(?:police\s+)?custody|after\s+questioning))?",
    re.IGNORECASE,
)
"""``were freed without charge``, ``have been released``: a count let go, and how."""


_CHARGED_GERUND = re.compile(
    r"\b(?:accused|suspected|charged|convicted|arrested|detained)\s+(?:of|with|for)\s+"
    r"(?P<verb>[a-z]+ing)\s+(?:the\s+|all\s+|both\s+)?$",
    re.IGNORECASE,
)
"""``accused of driving the``: what a suspect is charged with doing, just before a count."""


def _object_of_a_charge(text: str, cues: list[_Cue], number: NumberMention) -> bool:
    """Return True for the object of what a suspect is accused of doing when that act befalls
    nobody (``a woman accused of driving the two men to the hostel``): the count is of the
    people the act was done for, not of the accused (``accused of killing two``, an act of a
    figure's kind, still counts the dead)."""
    if "ing " not in text[max(0, number.qualifier_start - 12) : number.qualifier_start]:
        return False
    charged = _CHARGED_GERUND.search(
        text, max(0, number.qualifier_start - 60), number.qualifier_start
    )
    if charged is None:
        return False
    verb_start = charged.start("verb")
    return not any(cue.start == verb_start and cue.kind in _FIGURE_KINDS for cue in cues)


def _let_go_by_law(text: str, phrase: _Phrase, previous: RawFigure | None, clause_end: int) -> bool:
    """Return True for people the police let go: released ``without charge``, ``on bail`` or
    ``from custody``, or released out of a count of the arrested (``Thirty of those
    detained were freed``, ``Of the 90 detained, 40 have been released``). They are neither
    arrested any more nor hostages freed: no figure."""
    segment = text[phrase.end : clause_end].lower()
    if not ("releas" in segment or "free" in segment or "let go" in segment):
        return False
    let_go = _LET_GO.match(text, phrase.end, clause_end)
    if let_go is None:
        return False
    return bool(
        let_go.group("how")
        or phrase.kind_hint == "arrested"
        or (phrase.bare and previous is not None and previous.kind == "arrested")
    )


_PART_HEADS = word_set("people men persons individuals suspects others")
"""Heads that name nobody by a role of their own (``three people``, ``four men``)."""


def _took_part_in_the_story(text: str, cue: _Cue, phrase: _Phrase) -> bool:
    """Return False for ``took part`` with nothing after it when the count names people by a
    role of their own (``3,000 cyclists took part``): only ``three people took part`` leaves
    the act to the story. Any other attack cue passes."""
    if not text[cue.start : cue.end].lower().endswith("part"):
        return True
    head = (phrase.head or "").lower()
    return phrase.bare or phrase.attackers or head in _PART_HEADS


_FLED_ACROSS = re.compile(
    r"\s+(?:had\s+|have\s+|has\s+)?(?:since\s+|already\s+)?(?:fled|crossed)\s+"
    r"(?:into|across|over)\b",
    re.IGNORECASE,
)
"""``some 4,700 fled into <country>``, ``900 people had crossed into …``: people who left
on their own, with a verb of their own (not evacuated by anyone, nor the earlier verb's)."""
_HOMELESS_OR_FLED_CAMP = re.compile(
    r"\s+(?:(?:who|that)\s+)?(?:(?:had|have|has|were|was|are|is)\s+)?(?:(?:been|now|since|"
    r"already|all)\s+)*(?:(?:left|made|rendered)\s+homeless|homeless|lost\s+(?:their|his|her)\s+"
    r"homes|fled\s+(?:the|their|that|this)\s+(?:[\w-]+\s+)?camps?)\b",
    re.IGNORECASE,
)
"""``(9,000 people) had been left homeless``, ``(left 9,000) homeless``, ``(1,500 residents)
lost their homes``, ``(2,000 miners) fled the camp``: people out of their homes or camp by
the event itself, whom nobody moved away, are ``other``, not ``evacuated``."""


def _homeless_or_fled_camp(text: str, end: int, left: _Cue | None) -> bool:
    """Return True when the words right after a count at ``end`` leave its people homeless
    or say they fled their camp (see :data:`_HOMELESS_OR_FLED_CAMP`). In a relative clause
    (``moved 300 people who fled the camp``) a verb ``left`` of the count is theirs."""
    if "homeless" not in text and "fled" not in text and "homes" not in text:
        return False
    m = _HOMELESS_OR_FLED_CAMP.match(text, end)
    if m is None:
        return False
    return left is None or not m.group(0).lstrip().lower().startswith(("who", "that"))


_HOMELESS_NUMBER_BEFORE = re.compile(
    r"\b(?:left|made|rendered)\s+homeless\s+(?:at|to|as)\s+$|\bhomeless\s+(?:now\s+)?"
    r"(?:stands?|stood|is|was|has\s+risen|rose)\s+(?:at|to)\s+$",
    re.IGNORECASE,
)


def _homeless_counted_after(text: str, number: NumberMention) -> bool:
    """Return True for a count of the homeless given after its noun (``puts the number of
    people left homeless at roughly 3,500``): out of their homes by the event, moved by
    nobody, so ``other`` (as ``left 2,000 homeless`` is)."""
    if "homeless" not in text:
        return False
    return bool(
        _HOMELESS_NUMBER_BEFORE.search(
            text, max(0, number.qualifier_start - 40), number.qualifier_start
        )
    )


_CAPTIVES_END = re.compile(r"\b(?:hostages|captives)$")
_DASH_BEFORE_MEMBER = re.compile(r"[—–]\s*$")
_MEMBER_TAIL = re.compile(r"[^.;:\d—–()]{0,60}?(?:,|,?\s+and)\s+")
"""A list member counted by its captives' noun (``seven hostages``)."""


def _captives_in_a_toll(text: str, number: NumberMention, previous: RawFigure | None) -> bool:
    """Return True for captives listed among the members of a toll with no verb of their own.

    ``the 13 dead include four drivers, seven hostages and two firemen``: the captives'
    noun says who they were, the list says what befell them.
    """
    if previous is None or previous.kind not in ("killed", "wounded"):
        return False
    if _MEMBER_JOIN.fullmatch(text, previous.end, number.qualifier_start) is not None:
        return True
    # "cost 12 lives — three watchmen killed by the fence, seven captives and two firemen —": a
    # member that a dash opens may carry words of its own before the next one.
    return (
        _DASH_BEFORE_MEMBER.search(text, max(0, previous.start - 4), previous.start) is not None
        and _MEMBER_TAIL.fullmatch(text, previous.end, number.qualifier_start) is not None
    )


def _decide_kind(
    text: str,
    cues: list[_Cue],
    number: NumberMention,
    phrase: _Phrase,
    previous: RawFigure | None,
    next_number: int | None,
) -> tuple[str | None, bool]:
    """Return (kind, inherit) for one number; kind None drops it."""
    clause_start, clause_end = _clause(text, number.start)
    phrase.split_total = (
        next_number is not None
        and not phrase.bare
        and bool(
            _OF_THE_BEFORE.search(text, max(0, number.qualifier_start - 20), number.qualifier_start)
        )
    )
    if (
        phrase.people
        and not phrase.attackers
        and not phrase.responders
        and phrase.kind_hint is None
        and _GANG_OF.search(text, max(0, number.qualifier_start - 30), number.qualifier_start)
    ):
        phrase.attackers = True  # "a gang of eight men attacked the convoy"
    if phrase.bare and phrase.kind_hint is None and _bare_gang_of(text, number):
        phrase.attackers = True  # "a gang of four shot dead two guards"
    if (
        (phrase.bare or phrase.people)
        and not phrase.responders
        and phrase.kind_hint is None
        and _attackers_sized(text, number)
    ):
        phrase.attackers = True  # "described the gunmen as about 30 men", "had six members"
    if (
        (phrase.bare or phrase.people)
        and not phrase.attackers
        and not phrase.responders
        and phrase.kind_hint is None
        and _attackers_numbered(text, number)
    ):
        # "the raiders numbered fewer than 40 and moved the hostages": the size is the
        # figure, whatever verb the group takes after it
        return "attackers", False
    attackers = phrase.attackers or (
        phrase.bare and previous is not None and _names_attackers(previous.who)
    )
    if phrase.attackers and _captured_attackers(text, number):
        return "arrested", False  # "the two captured gunmen are talking"
    if _attended_by(text, number, phrase):
        return "other", False  # "attended by (the mayor and) 2,000 mourners"
    if _let_go_by_law(text, phrase, previous, clause_end):
        return None, False
    if _object_of_a_charge(text, cues, number):
        return None, False  # "accused of driving the two men there": the charge's object
    if (
        (phrase.people or phrase.bare)
        and not attackers
        and phrase.kind_hint is None
        and _homeless_or_fled_camp(text, phrase.end, _left_cue(text, cues, number, clause_start))
    ):
        return "other", False  # "left 9,000 homeless", "2,000 people fled the camp"
    if (phrase.people or phrase.bare) and not attackers and _homeless_counted_after(text, number):
        return "other", False  # "the number of people left homeless at roughly 3,500"
    if (
        (phrase.people or (phrase.bare and previous is not None))
        and not attackers
        and phrase.kind_hint is None
        and _FLED_ACROSS.match(text, phrase.end)
        and _right_cue(text, cues, phrase, clause_end, next_number) is None
    ):
        return "other", False  # "and some 4,700 fled into <country>": no verb before is theirs
    if (
        phrase.kind_hint is None
        and _captives_in_a_toll(text, number, previous)
        and _CAPTIVES_END.search(text, previous.start, previous.end)  # type: ignore[union-attr]
        and _right_cue(text, cues, phrase, clause_end, next_number) is None
    ):
        return previous.kind, False  # type: ignore[union-attr]  # "seven hostages and two firemen"
    if text.endswith("by ", 0, number.qualifier_start) and _ESTIMATED_BY.search(
        text, max(0, number.qualifier_start - 70), number.qualifier_start
    ):
        return None, False  # "put at about 40 by two witnesses": the estimate's source

    if (
        (phrase.head or "").lower() == "survivors"
        and _SURVIVORS_LISTED.search(
            text, max(0, number.qualifier_start - 24), number.qualifier_start
        )
        and not _RESCUED_AFTER.match(text, phrase.end)
    ):
        return "unhurt", False  # "registered 104 survivors": alive, freed only from captors

    # A head that counts the dead fixes the kind ("pulled 185 bodies from the sea"), but
    # lives saved are no deaths ("the surgeons saved 12 lives").
    if phrase.final and phrase.kind_hint == "killed":
        if _SAVED.search(text, max(0, number.qualifier_start - 30), number.qualifier_start):
            return None, False
        return "killed", False

    agent = phrase.people and _AGENT_BEFORE.search(
        text, max(0, number.qualifier_start - 12), number.qualifier_start
    )
    if agent:
        # "shot and killed by two campus officers": who did it, not whom it befell; "attacked
        # by at least 100 men": the attackers, unless they are police or troops.
        harmed = agent.group(0).lower().startswith(_HARM_VERBS)
        attacked = phrase.attackers or (harmed and not phrase.responders)
        return ("attackers" if attacked else "other"), False

    # A part listed after a dash under a head that names its kind: "the 17 dead — 11 men,
    # three women and three children — were buried", "the freed captives - four Danes and".
    window_start = max(0, number.qualifier_start - 100)
    if (
        (phrase.people or phrase.bare)
        and not phrase.attackers
        and _DASHED.search(text, window_start, number.qualifier_start)
    ):
        listed = _LISTED_UNDER.search(text, window_start, number.qualifier_start)
        if listed is not None:
            if previous is not None and listed.start() <= previous.end <= listed.end():
                return previous.kind, previous.inherit  # "freed nine abductees – seven women"
            if listed.group("freed"):
                return "freed", False
            return KIND_NOUNS.get(listed.group("noun").lower(), "killed"), False
        if _dash_part_of_released(text, number, previous):
            return previous.kind, previous.inherit  # type: ignore[union-attr]

    # 1. The verb right before the number, unless the head says otherwise ("seven killed,
    # 26 injured": "killed" is not the verb of 26).
    left = _adjacent_left(text, cues, number)
    if left is not None and phrase.final and phrase.kind_hint and left.kind != "evacuated":
        left = None
    if (
        left is not None
        and _head_of_a_partitive(text, left, number)
        and _predicate_next(text, cues, phrase)
    ):
        left = None  # "Of the freed hostages, 14 were admitted …": the part's own verb
    if left is not None and left.kind == "pickup":
        if _PICKED_UP_AT_SEA.search(text, clause_start, left.start):
            left = _Cue(left.start, left.end, "freed", left.modes)  # a boat's rescue
        elif _by_police(text, clause_start, left.start):
            left = _Cue(left.start, left.end, "arrested", left.modes)
        else:
            left = None
    if left is not None:
        moved = _moved_to(text, left, phrase, clause_start)
        if moved is not None:
            return moved, False
        if left.kind in ("move", "leadaway", "bringdown"):
            left = None
    if left is not None:
        verb = text[left.start : left.end].lower()
        if _release_sought(text, number, phrase, left, attackers):
            return "sought", False  # "efforts continued for the release of our three …"
        if left.kind == "arrested" and _rounded_up_by_attackers(text, clause_start, left):
            return "hostages", False  # "the gunmen rounded up 42 workers"
        if left.kind == "take":
            if _HOSTAGE_OBJECT.match(text, phrase.end):
                return "hostages", False
            if (phrase.people or phrase.bare) and _TAKEN_ALONG.match(text, phrase.end):
                return "taken", False  # "the pirates took nine seafarers with them"
            if (
                phrase.people
                and _TAKEN_FROM.match(text, _past_dashed_aside(text, phrase.end))
                and not _by_police(text, clause_start, left.start)
            ):
                return "taken", False  # "they took 12 people from the school"
            if _took_of_us(text, phrase, clause_start, left):
                return "taken", False  # "They took nine of us."
        elif (
            left.kind == "hostages"
            and verb.startswith("captur")
            and (attackers or _of_attackers_named(text, clause_start, left.start, phrase))
        ):
            return "arrested", False  # "killed three attackers and captured two (of them)"
        elif left.kind == "missing" and (attackers or _is_suspects(phrase.head)):
            pass  # "the search for the two gunmen": they are wanted, not missing
        elif left.kind == "other" and attackers and verb.endswith(" by"):
            return "attackers", False  # "helped by at least three accomplices"
        elif (
            left.kind == "attack"
            and verb.endswith(" by")
            and (phrase.people or phrase.bare)
            and not phrase.responders
        ):
            return "attackers", False  # "the bank was robbed by three men"
        elif left.kind != "attack":
            return left.kind, False

    of_before = (
        left is None and "of" in text[max(0, number.qualifier_start - 12) : number.qualifier_start]
    )
    if (
        of_before
        and phrase.people
        and not phrase.kind_hint
        and _MADE_UP_OF.search(text, max(0, number.qualifier_start - 60), number.qualifier_start)
    ):
        return "present", False
    if (
        left is None  # the pattern ends on "of": "the release of the remaining two"
        and (phrase.people or phrase.bare)  # "negotiating the release of the 14"
        and not attackers
        and not (phrase.head and phrase.head.lower() in INMATE_NOUNS)
        and _SOUGHT_RELEASE.search(
            text, max(0, number.qualifier_start - 60), number.qualifier_start
        )
    ):
        return "sought", False

    # "10 bodies were recovered after two more were pulled out": more of the same, unless
    # the words after say otherwise ("the toll stood at 250, with 365 more hospitalised").
    if phrase.more and previous is not None:
        after = _right_cue(text, cues, phrase, _clause(text, number.start)[1], next_number)
        if after is None or (previous.kind == "killed" and after.kind == "freed"):
            return previous.kind, previous.inherit
        return ("attackers" if after.kind == "attack" else after.kind), False

    # 2. A head that carries its kind; the hurt who then die are dead ("five wounded die
    # overnight", "two injured passengers later died").
    if phrase.final and phrase.kind_hint:
        if phrase.kind_hint == "wounded":
            after = _right_cue(text, cues, phrase, clause_end, next_number)
            if after is not None and after.kind == "killed":
                return "killed", False
        if phrase.kind_hint == "missing" and _FOUND_DEAD_AFTER.match(text, phrase.end):
            return "killed", False  # "the last three missing were found dead": their fate now
        if _survivors_in_care(text, phrase, clause_end):
            return "wounded", False
        return phrase.kind_hint, False

    # "nine inmates were killed, more than the five the ministry has acknowledged": another
    # source's count of the same people.
    if (
        phrase.bare
        and previous is not None
        and previous.kind not in ("other", "attackers")
        and _RIVAL_COUNT_BEFORE.search(
            text, max(0, number.qualifier_start - 25), number.qualifier_start
        )
        and (rival := _RIVAL_SOURCE_AFTER.match(text, phrase.end))
        and not _EARLIER_ANYWHERE.search(text, phrase.end, rival.end())
    ):
        return previous.kind, False

    # "There were nine of us in that room": the speaker's group, where it was held.
    if phrase.partitive == "us" and _THERE_WERE.search(
        text, max(0, number.qualifier_start - 30), number.qualifier_start
    ):
        return "present", False

    # "put the number of fighters at 30", "put the figure at 14": the count discussed.
    put = (
        _PUT_AT.search(text, max(0, number.qualifier_start - 120), number.qualifier_start)
        if "at" in text[max(0, number.qualifier_start - 13) : number.qualifier_start]
        else None
    )
    if put is not None and (phrase.bare or phrase.people):
        if (
            not put.group("np")
            and put.group("noun").lower() in ("number", "figure", "count")
            and previous is not None
            and previous.kind != "other"
            and not previous.inherit
        ):
            return previous.kind, False  # "up to 10 gunmen …, while a source put the number at 8"
        return _put_at_kind(text, cues, put)
    # "The attackers, estimated at between 15 and 20 men on motorcycles": the attackers'
    # number, whatever the head after it.
    if (phrase.bare or phrase.people) and (
        estimated := _ESTIMATED_AT.search(
            text, max(0, number.qualifier_start - 40), number.qualifier_start
        )
    ):
        subject = _ESTIMATED_SUBJECT.search(text, max(0, estimated.start() - 50), estimated.start())
        if subject is not None and subject.group(1).lower() in ATTACKER_NOUNS:
            return "attackers", False
    if (
        (phrase.bare or phrase.people)
        and text.find(" at ", max(0, number.qualifier_start - 16), number.qualifier_start) != -1
        and (
            measured := _ESTIMATED_GROUP_AT.search(
                text, max(0, number.qualifier_start - 60), number.qualifier_start
            )
        )
    ):
        # the literal " at " right before the count first: the pattern's search is dearer
        noun = measured.group("noun").lower()
        if noun in ATTACKER_NOUNS or noun in ("gang", "gangs"):
            return "attackers", False
    if (
        (phrase.bare or phrase.people)
        and text.find(" at ", max(0, number.qualifier_start - 16), number.qualifier_start) != -1
        and "size of" in text
        and (
            group := _SIZE_OF_GROUP_THAT.search(
                text, max(0, number.qualifier_start - 130), number.qualifier_start
            )
        )
        and _ATTACK_VERB.match(group.group("verb"))
    ):
        return "attackers", False  # "put the size of the group that stormed the centre at 20"

    # "the number of people confirmed dead climbed from 14 to 23": the count's own kind.
    if phrase.bare:
        counted = (
            _counted_kind(text, number, clause_start)
            or _brought_to_kind(text, number)
            or _number_held_by_law(text, number)
            or _number_who_rose_kind(text, number, clause_start)
        )
        if counted is not None:
            return counted, False

    # A bare number right after a toll ("the death toll rose to 48, with 23 missing").
    # Not when a predicate follows the number straight away ("the toll rose to 11 as
    # rescuers raced to reach 24 trapped").
    if (
        phrase.bare
        and not _predicate_next(text, cues, phrase)
        and not _predicate_past_aside(text, cues, phrase)
    ):
        toll = _toll_subject(text, cues, number, clause_start) or _left_cue(
            text, cues, number, clause_start, reach=60
        )
        if toll is not None and toll.modes == "S":
            return toll.kind, False

    apposed = _apposed_kind(text, number, phrase)
    if apposed is not None:
        return apposed, False

    # "there were 14 patients on the ward when the fire started": who was there.
    if (
        phrase.people
        and phrase.kind_hint is None
        and not phrase.attackers
        and _THERE_WERE.search(text, max(0, number.qualifier_start - 30), number.qualifier_start)
        and _PRESENT_WHEN.match(text, phrase.end)
    ):
        return "other", False
    # "There were 45 people in the chapel", "there were 60 miners on the night shift": who
    # was there, said with no verb of what befell them.
    if (
        phrase.people
        and phrase.kind_hint is None
        and not phrase.attackers
        and _THERE_WERE.search(text, max(0, number.qualifier_start - 30), number.qualifier_start)
        and _there_were_in_place(text, cues, phrase, clause_end)
    ):
        return "other", False
    if (
        phrase.people
        and phrase.kind_hint is None
        and not phrase.attackers
        and _we_had_on_hand(text, cues, number, phrase)
    ):
        return "other", False  # "We had 40 officers around the hall": ours, there
    # "about 9,000 people were at the registration point when the crush began": who was there.
    if (
        phrase.people
        and phrase.kind_hint is None
        and not phrase.attackers
        and (there := _WERE_AT.match(text, phrase.end)) is not None
        and _PRESENT_WHEN.match(text, there.end())
        and not _HOSPITAL_WORDS.search(text, there.end(), there.end() + 30)
    ):
        return "other", False

    past_members = _cue_past_dashed_members(text, cues, phrase)
    if past_members is not None:
        return past_members, False

    # 3. The first cue after the phrase, in its clause.
    if (
        phrase.bare
        and next_number is not None
        and _PART_RELEASED.match(text, phrase.end)
        and _OF_THE_BEFORE.search(text, max(0, number.qualifier_start - 20), number.qualifier_start)
    ):
        # "Of the 35, 23 were freed": a total with no noun is the count the sentences before
        # named, in the kind they gave it (the held); the verb after it is its part's.
        return "inherit", True
    right = _right_cue(text, cues, phrase, clause_end, next_number)
    if (
        right is not None
        and right.kind in ("other", "freed", "unhurt")
        and _after_all_but(text, number)
        and _FOUND_WORD.search(text, phrase.end, right.end)
    ):
        return "missing", False  # "all but three have been found": three are still missing
    if (
        right is not None
        and right.kind == "other"
        and _after_all_but(text, number)
        and _FOUND_WORD.search(text, right.end, clause_end)
    ):
        # "all but nine of those believed to have been on board have now been accounted
        # for": the presence is who is meant, the finding the verb; nine are still missing
        return "missing", False
    if (
        right is not None
        and right.kind == "freed"
        and _after_all_but(text, number)
        and _RELEASED_WORD.search(text, right.start, right.end)
    ):
        return "hostages", False  # "all but seven have been released": seven are still held
    if (
        phrase.kind_hint in ("wounded", "killed", "missing")
        and phrase.people
        and right is not None
        and next_number is not None
        and right.start > next_number
        and _MEMBER_JOIN.fullmatch(text, phrase.end, next_number)
    ):
        # "six dead, 40 injured officers and 90 arrests": a list member's own word says its
        # kind; the noun of the next member is not its verb.
        return phrase.kind_hint, False
    if (
        right is not None
        and previous is not None
        and previous.kind not in ("other", "attackers")
        and (
            (phrase.anaphoric and _PARTS_MARK.search(text, previous.end, number.qualifier_start))
            or (
                phrase.people
                and not phrase.attackers
                and (
                    _DASH_PARTS.search(
                        text, max(0, number.qualifier_start - 60), number.qualifier_start
                    )
                    # "— 11 guards and three cooks": the list goes on past a part's count
                    or (
                        not phrase.anaphoric
                        and _PARTS_JOIN.fullmatch(text, previous.end, number.qualifier_start)
                        and _DASH_PARTS.search(text, max(0, previous.start - 60), previous.start)
                    )
                )
            )
        )
        and (
            _CLOSING_DASH.search(text, phrase.end, right.start)
            or (right.kind == "other" and text.startswith(" who ", phrase.end))
        )
    ):
        # "19 were killed — 12 of them in the market — and 40 others injured", "six died -
        # four women and two boys - and 11 were hurt": a part set off by dashes takes the
        # count's kind; the cue past the dash is the next count's. So does a part whose
        # relative clause says where it was (``- six guards and two cooks who were on
        # shift``).
        return previous.kind, previous.inherit
    right_kind = right.kind if right else None
    if (
        right is not None
        and next_number is not None
        and right.start > next_number
        and _including_part(text, number, previous)
    ):
        # "14 bodies so far, including three children, and 19 people rescued": the verb
        # past the next count is that count's.
        return previous.kind, False  # type: ignore[union-attr]
    if (
        right is not None
        and _PART_CLOSED_BY_AND.match(text, phrase.end, right.start)
        and _including_part(text, number, previous)
    ):
        # "killed 17 people, including six soldiers, and sent thousands fleeing": the verb
        # past the comma and ``and`` is the sentence subject's, not the part's.
        return previous.kind, False  # type: ignore[union-attr]
    if (
        right is not None
        and next_number is not None
        and right.start > next_number
        and (phrase.head or "").lower() == "victims"
        and _LISTED_KIND_NEXT.match(text, phrase.end)
    ):
        return "killed", False  # "lists 23 victims, 12 injured and seven rescued": the dead
    if (
        right_kind == "other"
        and phrase.bare
        and text[right.start : right.end].lower().startswith(("found", "located", "traced"))  # type: ignore[union-attr]
    ):
        if phrase.more or _INCREMENT_BEFORE.search(text, clause_start, number.qualifier_start):
            return "inherit", True  # "Another two were found on Wednesday": more of the same
        if (
            previous is not None
            and previous.kind == "killed"
            and _OF_THE_BEFORE.search(text, 0, previous.start)
        ):
            return "killed", False  # "Of the nine dead, four were found in cars"
    # "the dead included 11 traders and two apprentices who worked in a shop, according to
    # a list released …": a member of the list, described; the cue after is not its own.
    if (
        right is not None
        and previous is not None
        and previous.kind not in ("other", "attackers")
        and _LIST_JOIN.fullmatch(text, previous.end, number.qualifier_start)
        and (who_clause := _WHO_AFTER.match(text, phrase.end)) is not None
        and who_clause.end() <= right.start
    ):
        return previous.kind, previous.inherit
    # "the dead numbered 20, among them five militants": a part of the count before;
    # "five drowned; the remaining three …": the rest of it.
    if (
        right is None
        and previous is not None
        and previous.kind not in ("other", "attackers")
        and (
            _AMONG_THEM.match(text, previous.end, number.qualifier_start)
            or (
                phrase.bare
                and _PARTITIVE_FIGURE.match(text, previous.start, previous.end)
                and _THE_OTHER.search(
                    text, max(0, number.qualifier_start - 20), number.qualifier_start
                )
            )
        )
    ):
        return previous.kind, previous.inherit
    if (
        right_kind == "hostages"
        and text[right.start : right.end].lower().startswith("captur")  # type: ignore[union-attr]
        and (
            attackers or (not phrase.responders and re.match(r"\s+alive\b", text[right.end :]))  # type: ignore[union-attr]
        )
    ):
        return "arrested", False  # "three raiders were captured alive"
    if (
        right_kind == "hostages"
        and _TAKEN_PRISONER.match(text, right.start)  # type: ignore[union-attr]
        and (
            attackers
            or (phrase.bare and _ATTACKER_WORD.search(text, clause_start, number.qualifier_start))
        )
    ):
        return "arrested", False  # "four of the raiders were killed and three taken prisoner"
    if phrase.kind_hint == "hostages":
        # "80 hostages had been freed", "hostages who were killed": a fact about them.
        if right_kind in ("freed", "killed", "wounded", "missing", "evacuated"):
            return right_kind, False
        if right_kind in ("returned", "unhurt"):
            return "freed", False  # "Forty hostages regained their freedom", "escaped unharmed"
        if right_kind is None and _captives_in_a_toll(text, number, previous):
            return previous.kind, False  # type: ignore[union-attr]
        return "hostages", False
    if right_kind == "attack" and not _took_part_in_the_story(text, right, phrase):  # type: ignore[arg-type]
        right_kind = None  # "3,000 cyclists took part": in a race, not the attack
    if right_kind == "attack" or (right_kind == "other" and phrase.attackers):
        # "about 15 armed men on the vessel", "two robbers were inside the bank": where
        # attackers are, or that they were there, is no other role
        return "attackers", False
    if (
        right_kind == "freed"
        and phrase.attackers
        and text[right.start : right.end].lower().startswith(("escap", "slipped", "broke"))  # type: ignore[union-attr]
    ):
        return "attackers", False  # "two gunmen escaped", "six attackers … slipped away"
    if (
        right_kind == "held"
        and phrase.attackers
        and text[right.start : right.end].lower().startswith("hold")  # type: ignore[union-attr]
    ):
        return "attackers", False  # "three attackers, and they are holding eight people"
    if (
        right_kind in ("held", "hostages")
        and phrase.attackers
        and not _PASSIVE_BEFORE.search(text, max(0, right.start - 30), right.start)  # type: ignore[union-attr]
    ):
        return "attackers", False  # "three gunmen held the guests hostage"
    if (
        right_kind in ("other", "evacuated")
        and phrase.attackers
        and _GOT_AWAY.search(text, right.start, right.end)  # type: ignore[union-attr]
    ):
        return "attackers", False  # "six assailants remain at large", "20 gunmen fled the area"
    if (
        right_kind == "other"
        and (phrase.bare or (phrase.head or "").lower() == "suspects")
        and _ON_THE_RUN.search(text, right.start, right.end)  # type: ignore[union-attr]
        and not _OUT_OF_CUSTODY.search(text)
    ):
        return "attackers", False  # "the other two are still on the run": the rest of a gang
    if (
        right_kind == "evacuated"
        and phrase.responders
        and text[right.start : right.end].lower().startswith("moved")  # type: ignore[union-attr]
    ):
        return "other", False  # "300 police were moved into the district": deployed
    if right_kind == "freed":
        then = _harm_after_rescue(text, cues, phrase, right, clause_end)  # type: ignore[arg-type]
        if then is not None:
            return then, False  # "Four people taken off the boat are being treated …"
    if right_kind is not None:
        return right_kind, False

    if phrase.kind_hint:
        return phrase.kind_hint, False

    if (
        (phrase.bare or (phrase.people and not phrase.attackers))
        and _CROWD_BEFORE.search(text, max(0, number.qualifier_start - 60), number.qualifier_start)
        and not _EXPECTED_AFTER.match(text, phrase.end)
    ):
        return "other", False

    # "14 bodies had been recovered, including five children": a part of the count before
    # takes its kind, not the verb's ("recovered" is no rescue of the dead).
    if _including_part(text, number, previous):
        return previous.kind, False  # type: ignore[union-attr]

    # 4. A cue earlier in the clause.
    left_far = _left_cue(text, cues, number, clause_start)
    if left_far is not None and left_far.kind == "pickup":
        left_far = None  # "picked up" at a distance says nothing of this number
    if left_far is not None and _own_clause_between(text, left_far.end, number):
        left_far = None  # "the toll rose to six as 41 remain held": another clause's count
    if (
        left_far is not None
        and (companions := _COMPANIONS_BEFORE.search(text, left_far.end, number.qualifier_start))
        and not text[left_far.end : companions.start()].strip()
    ):
        left_far = None  # "she escaped with her two children": the family she had with her
    if left_far is not None and _parts_of_a_count_before(text, left_far, number, previous):
        return previous.kind, False  # type: ignore[union-attr]
    sought = attackers or _is_suspects(phrase.head)
    if left_far is not None and left_far.kind == "missing" and sought:
        left_far = None  # "searching for the two gunmen": wanted, not missing
    if left_far is not None and (
        not attackers or left_far.kind in ("killed", "wounded", "arrested", "missing", "freed")
    ):
        return left_far.kind, False

    if phrase.attackers:
        return "attackers", False
    if phrase.responders and (phrase.head in _GROUP_NOUNS or phrase.head in _PANEL_NOUNS):
        return "other", False  # "a rescue team of 45" with no verb of its own
    if phrase.people and _group_of_before(text, number.qualifier_start):
        return "other", False  # "his team of 28 volunteers": people sent, no verb of their own
    if phrase.head is not None and phrase.head.lower() in ("victims", "victim"):
        # "Of the 26 victims, seven were children", "the names of 24 of the victims": with
        # no word of injury or rescue, the victims an article counts are its dead.
        return "killed", False

    # "toll rises to 32, rights group says at least 40", "The ministry is sticking with
    # 64": a source's own count, bare, of the people counted just before.
    if (
        phrase.bare
        and right is None
        and _COUNT_ENDS.match(text, phrase.end)
        and _SOURCE_COUNT_BEFORE.search(
            text, max(0, number.qualifier_start - 30), number.qualifier_start
        )
    ):
        if previous is None:
            return "inherit", True
        if previous.kind != "other" and not _ANY_DIGIT.search(
            text, previous.end, number.qualifier_start
        ):
            return previous.kind, previous.inherit

    # 5. The figure before it in the sentence (a breakdown or a coordination).
    if (
        previous is not None
        and previous.end <= number.qualifier_start
        and not _own_clause_between(text, previous.end, number)
        and (
            not _LEFT_BLOCKERS.search(text, previous.end, number.qualifier_start)
            or _AMONG_THEM.match(text, previous.end, number.qualifier_start)
            or (
                # "22 were injured, the governor said, seven of them critically"
                phrase.anaphoric
                and _SAID_ASIDE.fullmatch(text, previous.end, number.qualifier_start)
            )
            or (
                # "14 were freed since dawn — 11 guards and": parts a dash opens after the
                # count's clause, past whatever closed that clause
                phrase.people
                and not phrase.attackers
                and _dash_opens_parts(text, previous.end, number.qualifier_start)
            )
            or (
                # "52 were rescued, according to the civil defence, 31 of them from the school"
                phrase.anaphoric
                and "according" in text[previous.end : number.qualifier_start]
                and _ACCORDING_ASIDE.fullmatch(text, previous.end, number.qualifier_start)
            )
            or (
                # "the toll stands at 19, the ministry said in a statement, including seven boys"
                "including" in text[previous.end : number.qualifier_start]
                and _SAID_ASIDE_INCLUDING.fullmatch(text, previous.end, number.qualifier_start)
            )
            or (
                # "admitted 26 wounded since Wednesday, including nine soldiers"
                (
                    _INCLUDING_BEFORE.search(text, previous.end, number.qualifier_start)
                    or _members_before_part(text, previous.end, number.qualifier_start)
                )
                and not _ANY_DIGIT.search(text, previous.end, number.qualifier_start)
                and not _SPEECH.search(text, previous.end, number.qualifier_start)
            )
        )
    ):
        return previous.kind, previous.inherit

    # "The survivors, among them four women and a child, have been brought to the port":
    # a part of a group the sentence names by its kind without a number.
    if previous is None and (
        group := _UNNUMBERED_HEAD.search(
            text, max(0, number.qualifier_start - 60), number.qualifier_start
        )
    ):
        kind = KIND_NOUNS.get(group.group("noun").lower())
        if kind is not None:
            return kind, False

    # 6. An anaphoric phrase: the caller takes the kind from the previous sentences; so
    # does a list of names ("have the names of 40 people").
    if (
        phrase.anaphoric
        or _ANAPHORIC_START.match(text)
        or (
            (phrase.head or "").lower() in GENERIC_PEOPLE
            and _NAMES_BEFORE.search(
                text, max(0, number.qualifier_start - 30), number.qualifier_start
            )
        )
    ):
        return "inherit", True
    # "Another 3 on Monday", "Twelve more were held": more of a count told before.
    if (
        phrase.bare
        and (phrase.more or _INCREMENT_BEFORE.search(text, clause_start, number.qualifier_start))
        and not _COMPARED_AFTER.match(text, number.end)
    ):
        return "inherit", True
    # "Nine were children": a part of a count told before, named by its predicate; after a
    # fronted total ("Of the 12 dead, seven were …, which …, four were …") the total's kind.
    if phrase.bare and _subject_group(text, number, phrase, clause_start) is not None:
        fronted = _FRONTED_TOTAL.match(text)
        if fronted is not None and fronted.end() <= number.qualifier_start:
            total_kind = KIND_NOUNS.get(fronted.group("noun").lower())
            if total_kind is not None and total_kind in _SHARED_TOTAL_KINDS:
                return total_kind, False
        if _part_after_partitive_total(text, number, previous):
            return previous.kind, previous.inherit  # type: ignore[union-attr]
        return "inherit", True
    # "It could be as many as 25", "the figure may rise to 45": a count whose subject
    # points back to the sentence before.
    if (
        (phrase.bare or (phrase.head or "").lower() in ("people", "persons"))
        and (linked := _LINKED_SUBJECT.search(text, clause_start, number.qualifier_start))
        and (linked.group("of") is None or _is_people(linked.group("of")))
        and not _DIFFERENCE_AFTER.match(text, phrase.end)
    ):
        # "declined to give the number of wounded but said it was more than 20": the
        # count the clause named before its "it".
        named = list(_COUNT_SUBJECT.finditer(text, clause_start, linked.start()))
        if named:
            word = named[-1].group("word").lower()
            return KIND_NOUNS.get(word) or _kind_of_word(word), False
        return "inherit", True
    # "a crowd estimated at well over 100 people": people present.
    if phrase.people and _ESTIMATED_AT.search(
        text, max(0, number.qualifier_start - 40), number.qualifier_start
    ):
        return "other", False
    if (
        phrase.split_total
        and phrase.people
        and not attackers
        and (phrase.head or "").lower() not in _HELD_BY_LAW
        and _PART_RELEASED.match(text, phrase.end)
    ):
        return "hostages", False  # "Of the 20 drivers, eight were released": all 20 were held
    return None, False


_EVERYTHING_FOR_RELEASE = re.compile(
    r"\b(?:everything|all)\s+(?:possible|(?:we|it|they)\s+can|in\s+(?:our|its|their)\s+power)\s+"
    r"(?:for|to\s+(?:bring\s+about|win|obtain))\s+(?:the\s+)?(?:(?:safe|swift|speedy)\s+)?"
    r"(?:return|release|freedom)\s+of\s+(?:all\s+)?(?:the\s+|its\s+|their\s+|our\s+)?"
    r"(?:(?:remaining|other|last)\s+)?$",
    re.IGNORECASE,
)
"""``doing all in its power for the swift release of our five …``: a release still sought."""


def _release_sought(
    text: str, number: NumberMention, phrase: _Phrase, left: _Cue, attackers: bool
) -> bool:
    """Return True for people whose release is still sought, named right after ``release
    of`` (``efforts continued for the release of our three colleagues``); a release
    secured has happened (``the army secured the release of 14 hostages``)."""
    if left.kind != "freed" or attackers or not (phrase.people or phrase.bare):
        return False
    if not text.startswith("release", left.start) and not text.startswith("Release", left.start):
        return False
    sought = _SOUGHT_RELEASE.search(
        text, max(0, number.qualifier_start - 60), number.qualifier_start
    )
    if sought is None and ("everything" in text or "all " in text):
        sought = _EVERYTHING_FOR_RELEASE.search(
            text, max(0, number.qualifier_start - 80), number.qualifier_start
        )
    return (
        sought is not None
        and not sought.group(0).lower().startswith("secured")
        and not (phrase.head and phrase.head.lower() in INMATE_NOUNS)
    )


_BRING_AWAITED = re.compile(
    r"\b(?:to|will|would|shall|must|can|could|[’']ll)\s+bring\b", re.IGNORECASE
)
"""``to bring``, ``will bring``: a rescue still to come."""


def _brought_out_alive(text: str, before: str, phrase: _Phrase) -> bool:
    """Return True when ``bring … out alive`` tells of a rescue that happened (``troops
    boarded the ferry, bringing the last 14 out alive``) rather than one awaited (``our aim
    is to bring all 14 out alive``, ``we will bring all six out alive``)."""
    if not text.startswith(" out alive", phrase.end):
        return False
    return _BRING_AWAITED.search(before) is None


def _homecoming_kind(text: str, number: NumberMention, phrase: _Phrase) -> str | None:
    """Return the kind a homecoming gives a count where people are held by others.

    A homecoming still awaited (``until the remaining 14 return``, ``bring all nine home``)
    counts ``hostages``; one that has happened (``Five have come back to us``, ``Fourteen of
    our people are coming home``) counts ``freed``. None when the sentence says neither.
    """
    if not any(map(text.__contains__, _HOME_WORDS)):
        return None
    before = text[max(0, number.qualifier_start - 60) : number.qualifier_start]
    if "until" in before and _UNTIL_BEFORE.search(before):
        return "hostages" if _AWAITED_AFTER.match(text, phrase.end) else None
    if "bring" in before and _BRING_BEFORE.search(before):
        if _brought_out_alive(text, before, phrase):
            return None  # "boarded the ferry, bringing the last 14 out alive": done
        return "hostages" if _BRING_AFTER.match(text, phrase.end) else None
    if _BACK_HOME_AFTER.match(text, phrase.end) or _BACK_HOME_RELATIVE.match(text, phrase.end):
        return "freed"
    return None


_HID_THEN_REACHED = re.compile(
    r"(?:\s+of\s+(?:the|their|its)\s+(?:[\w-]+\s+)?[\w-]+)?\s+who\s+(?:hid|ran|slipped\s+away|got\s+away|"
    r"escaped|fled)\b[^.;:]{0,80}?\s+"
    r"(?:(?:have|has|had)\s+)?(?:since\s+|now\s+|safely\s+)?(?:reached|made\s+it\s+(?:back\s+)?to|"
    r"walked\s+(?:in)?to)\s",
    re.IGNORECASE,
)
"""``(two guards) who hid in the scrub when the shooting began have reached the village``."""


def _hid_and_reached(text: str, number: NumberMention, phrase: _Phrase) -> bool:
    """Return True for people who hid or ran from the captors and have since reached a
    place (``Three drivers who hid in a ditch have reached the town on foot``): they got
    themselves out of the captors' reach, and count as ``freed``."""
    return (
        (phrase.people or phrase.bare)
        and not (phrase.attackers or phrase.responders)
        and _HID_THEN_REACHED.match(text, phrase.end) is not None
    )


_CAPTIVE_MODIFIER = re.compile(
    r"\s+(?:captive|kidnapped|abducted)\s+(?!(?:by|from|in|on|at|during|after)\b)[a-z]",
    re.IGNORECASE,
)
"""``six captive drivers``, ``the 12 kidnapped farmers``: people named as held by the word
before their noun, which counts them where no verb gives another kind."""


_TOLL_CLAUSE_BREAK = re.compile(r",|\bas\b")
"""Where a headline's toll ends and its next clause begins (``toll rises to 12, families
plead for …``, ``toll rises to ten as pirates hold …``)."""
_PART_OF_TOLL = re.compile(r"\b(?:including|includes?|included|among|of\s+(?:them|whom))\b")
"""``killed 11, including two abducted drivers``: a part of the toll, not a clause of its own."""
_HOLDS_BEFORE = re.compile(r"\b(?:holds?|holding)\s+$")
"""``(pirates) hold (six crew)``: the captors' verb right before a count."""
_DEATH_AFTER = re.compile(r"[^.;,]{0,40}?\b(?:killed|dead|died|bodies|shot)\b", re.IGNORECASE)
"""A word of death in the clause after a count, which keeps it a toll."""


def _captives_after_a_toll(text: str, number: NumberMention, previous: RawFigure | None) -> bool:
    """Return True when a count the toll before it made ``killed`` is people held, in a clause
    of their own (``toll rises to 12, families plead for 15 abducted miners``, ``toll rises
    to ten as pirates hold six crew``): named captive by the word before their
    noun or held by the verb before them, with no word of death after."""
    if previous is None or previous.kind != "killed" or previous.end > number.qualifier_start:
        return False
    gap = text[previous.end : number.qualifier_start]
    if not _TOLL_CLAUSE_BREAK.search(gap) or _PART_OF_TOLL.search(gap):
        return False
    if not (_CAPTIVE_MODIFIER.match(text, number.end) or _HOLDS_BEFORE.search(gap)):
        return False
    return _DEATH_AFTER.match(text, number.end) is None


def _held_inside(text: str, number: NumberMention, phrase: _Phrase) -> bool:
    """Return True when a count of people is said to be inside (``14 people were inside when
    the shutters came down``, ``That leaves 19 people inside``): in a siege, the people held.
    Not attackers or responders, nor people inside when the attack began (present)."""
    if "inside" not in text[phrase.end : phrase.end + 30]:
        return False
    if phrase.attackers or phrase.responders or not (phrase.people or phrase.bare):
        return False
    inside = _HELD_INSIDE.match(text, phrase.end)
    return inside is not None and not _PRESENT_WHEN_IT_BEGAN.match(text, inside.end())


_STILL_WITH_CAPTORS = re.compile(
    r"(?:\s+and\s+[\w-]+\s+[a-z-]+)?\s+(?:(?:are|is|were|was|remain(?:s|ed)?)\s+"
    r"(?:still\s+)?|still\s+)with\s+(?:them|those\s+(?:people|men)|"
    r"the\s+(?:armed\s+)?men)\b(?!\s+(?:at|in|on)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:hospital|"
    r"hotel|clinic|centre|center|shelter|school|church|station)s?\b)",
    re.IGNORECASE,
)
"""``eight women are still with them``, ``two are still with those people``: people its
captors still have, told by a pronoun or a plain noun for the captors; a verb of being or
``still`` before ``with`` (``the two nurses with them`` says nothing of being held)."""


def _still_with_captors(text: str, number: NumberMention, phrase: _Phrase) -> bool:
    """Return True when a count of people is said to be still with ``them`` or ``those
    people`` (``There are six men still with them``, ``four are with them``): in a siege
    or a kidnapping, the people held. Not attackers or responders."""
    if " with " not in text[phrase.end : phrase.end + 40]:
        return False
    if phrase.attackers or phrase.responders or not (phrase.people or phrase.bare):
        return False
    return _STILL_WITH_CAPTORS.match(text, phrase.end) is not None


def _taken_by_captors(text: str, number: NumberMention, phrase: _Phrase) -> bool:
    """Return True for people attackers carried off, the verb right before the count:
    ``killing five and carrying away 23 workers``, ``They took nine men and left …``.

    The takers are attackers the sentence names before the verb, or ``they`` opening it
    where people are held; not the police, and not people carried out of a danger.
    """
    if not (phrase.people or phrase.bare) or phrase.attackers or phrase.responders:
        return False
    if phrase.kind_hint or (phrase.head and phrase.head.lower() in INMATE_NOUNS):
        return False  # "took 12 lives": the head says the kind
    if _TAKEN_TO.match(text, phrase.end):
        return False  # "took six engineers to the gate": moved, where the verb before says
    took = _CAPTORS_TOOK.search(text, max(0, number.qualifier_start - 40), number.qualifier_start)
    if took is None or _by_police(text, 0, took.start()):
        return False
    if _CARRIED_OUT.match(text, phrase.end) or _TO_HOSPITAL.match(text, phrase.end):
        return False  # "carried 12 out of the mine", "took nine to hospital"
    return _attacker_antecedent(text[: took.start()]) is not None or bool(_THEY_FIRST.match(text))


_FLED_WITH = re.compile(
    r"\b(?:escaped|fled|got\s+away|slipped\s+away|retreated|withdrew|escaping|fleeing|"
    r"retreating|withdrawing)(?:\s+(?:into|to|towards|across|through|back\s+into)\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,3}?)?\s*with\s+(?:(?:at\s+least|about|some|another|"
    r"more\s+than|up\s+to|all|the)\s+)?$",
    re.IGNORECASE,
)
"""``escaped into the bush with (five drivers)``: the escape's words right before a count
taken along."""


def _fled_with_captives(text: str, number: NumberMention, phrase: _Phrase) -> bool:
    """Return True for people attackers took with them as they got away: ``the gunmen
    escaped into the forest with at least five drivers``, ``the kidnappers fled with 12
    villagers``. The escape is the attackers' (named before it, not the police); people who
    ``escaped with 12 others`` got away together and stay as they were."""
    if not (phrase.people or phrase.bare) or phrase.attackers or phrase.responders:
        return False
    if "with" not in text[max(0, number.qualifier_start - 24) : number.qualifier_start]:
        return False
    fled = _FLED_WITH.search(text, max(0, number.qualifier_start - 70), number.qualifier_start)
    if fled is None or _OTHERS_BETWEEN.search(text, fled.start(), phrase.end):
        return False  # "escaped with 12 others": together
    subject = _FLEEING_SUBJECT.search(text, max(0, fled.start() - 40), fled.start())
    return subject is not None and subject.group("noun").lower() in ATTACKER_NOUNS | {"gang"}


_OTHERS_BETWEEN = re.compile(r"\b(?:others?|her|his|their)\b", re.IGNORECASE)
_FLEEING_SUBJECT = re.compile(
    r"\b(?P<noun>[\w-]+)\s+(?:(?:had|have|then|later|also|all|eventually|finally|reportedly)\s+)"
    r"{0,2}$",
    re.IGNORECASE,
)


_FINITE_AFTER = re.compile(r"\s+(?:had|have|has|were|was|are|is|may|might|could)\s", re.IGNORECASE)
"""A finite verb right after a count's phrase: the count is its clause's subject."""


def _agents_of_the_attack(text: str, number: NumberMention, phrase: _Phrase) -> bool:
    """Return True for the people an attack is credited to: the subject of ``carried out``,
    ``took part in`` or ``planned`` an attack (``one man carried out the attack``) or the
    agent after ``by`` (``the raid was led by about 40 members of …``); not the police or
    troops, whose raids are no attack on anyone the article counts."""
    if phrase.responders or not (phrase.people or phrase.bare or phrase.attackers):
        return False
    if _DID_THE_ATTACK.match(text, phrase.end):
        return True
    if ("involved" in text or "helped" in text) and _PREPARED_THE_ATTACK.match(text, phrase.end):
        return True
    before = text[max(0, number.qualifier_start - 50) : number.qualifier_start]
    return " by" in before and _ATTACK_DONE_BY.search(before) is not None


def _freed_after_taken(text: str, number: NumberMention, phrase: _Phrase) -> bool:
    """Return True for captives a later verb of the clause frees: ``20 abducted pupils
    freed``, ``Fourteen workers abducted from a mill last month have been released``,
    ``the four hostages freed when police stormed the shop``.

    A part counted after a comma (``Of the 40 abducted, 12 were released``) has a number of
    its own between, so the pattern, which crosses no comma nor digit, leaves the total be.
    """
    if _OF_THE_BEFORE.search(text, max(0, number.qualifier_start - 12), number.qualifier_start):
        return False  # "Of the 30 kidnapped …": a total split up later
    if phrase.head and phrase.head.lower() in ("hostages", "captives"):
        return bool(_CAPTIVES_FREED_WHEN.match(text, phrase.end))
    freed = _TAKEN_THEN_FREED.match(text, number.end)
    if freed is None and ", " in text[number.end : number.end + 130]:
        return _freed_past_a_place_aside(text, number)
    return freed is not None and not _NEGATION_WORDS.search(freed.group(0))


_PLACE_ASIDE = re.compile(
    r"[^.;:,\d]{0,130}?(?P<aside>,\s+(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*,)\s"
)
"""``abducted from a farm near Ilesa, Osun State, last week``: the region set off after
a place's name, commas on both sides and every word capitalised."""


def _freed_past_a_place_aside(text: str, number: NumberMention) -> bool:
    """Return True when :data:`_TAKEN_THEN_FREED` frees the count once the region after a
    place's name is left out (``Twelve traders seized near Kombo, Delta State, last month
    have regained their freedom``): its commas would stop the pattern, which crosses none."""
    aside = _PLACE_ASIDE.match(text, number.end)
    if aside is None:
        return False
    joined = text[: aside.start("aside")] + text[aside.end("aside") :]
    freed = _TAKEN_THEN_FREED.match(joined, number.end)
    return freed is not None and not _NEGATION_WORDS.search(freed.group(0))


_HELD_BY_THEN_FREED = re.compile(
    r"\s+(?:still\s+)?held\s+(?:captive\s+|hostage\s+)?by\s[^.;:,\d]{0,120}?\s"
    r"(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:(?:all|finally|safely|later|now)\s+)?"
    r"(?:freed|released|set\s+free)\b",
    re.IGNORECASE,
)
"""``(the last nine people) held by an armed group after a raid on the camp were freed``."""


def _held_by_then_freed(text: str, phrase: _Phrase) -> bool:
    """Return True for people a reduced relative says were held by someone, whom the
    clause's own verb, however far past the captors' words, frees (``The last nine workers
    held by a splinter faction since the raid on the quarry were released on Monday``)."""
    return " by " in text and _HELD_BY_THEN_FREED.match(text, phrase.end) is not None


_STILL_THERE_THEN_FREED = re.compile(
    r"\s+still\s+(?:inside|in\s+captivity|(?:being\s+)?held|there|aboard|on\s+board)\b"
    r"[^.;:,\d]{0,80}?\s(?:were|was|have\s+been|has\s+been|had\s+been)\s+"
    r"(?:(?:all|finally|safely|later|now)\s+)?(?:freed|released|set\s+free|rescued|let\s+go)\b",
    re.IGNORECASE,
)
"""``(All six people) still inside the jeweller's were freed when police went in``."""


def _still_there_then_freed(text: str, number: NumberMention, phrase: _Phrase) -> bool:
    """Return True for people a modifier says were still held (``still inside the bank``,
    ``still in captivity``) whom the clause's own verb frees (``All six people still inside
    the bank were freed at dawn``): the people held until then, freed. Not a partitive's
    total (``Ten of the 30 pupils still held … were freed``: the 30 stay held)."""
    return (
        "still " in text[phrase.end : phrase.end + 8]
        and _STILL_THERE_THEN_FREED.match(text, phrase.end) is not None
        and _OF_BEFORE.search(text, max(0, number.qualifier_start - 16), number.qualifier_start)
        is None
    )


_NATIONALS_HEADS = frozenset(("nationals", "citizens", "national", "citizen"))
_ITS_BEFORE = re.compile(r"\b(?:its|their)\s+(?:(?:remaining|other)\s+)?$", re.IGNORECASE)
_NOT_AMONG_FREED = re.compile(
    r"\s+(?:were|was|are|is)\s+[\"“]?(?:not|never)\s+among\s+(?:those|the)\s+(?:freed|released|"
    r"rescued|let\s+go)\b",
    re.IGNORECASE,
)


def _own_nationals_held(
    text: str, number: NumberMention, phrase: _Phrase, kind: str | None
) -> bool:
    """Return True for a country's own people counted where people are held: ``the relatives
    of its six nationals``, ``the prompt release of its two citizens``, ``one of its five
    nationals held at the depot`` (a government counts its own among the captives); with no
    other kind on the count, or one a negation undoes (``its four citizens were "not among
    those let go"``). The caller asks only where people are held."""
    if (phrase.head or "").lower() not in _NATIONALS_HEADS:
        return False
    if not _ITS_BEFORE.search(text, max(0, number.qualifier_start - 20), number.qualifier_start):
        return False
    if kind == "freed":
        return _NOT_AMONG_FREED.match(text, phrase.end) is not None
    return True


_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+|its\s+|their\s+|our\s+|all\s+)?$", re.IGNORECASE)
"""``(Ten) of the`` right before a count: the count is a partitive's total."""


_ADMITTED_AFTER = re.compile(
    r"\s+(?:we\s+|they\s+|it\s+)?(?:(?:had|have|has|were|was)\s+(?:been\s+)?)?admitted\b"
    r"(?!\s+(?:as|that|the|a|an|his|her|their|its|to\s+(?!(?:a\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:hospitals?|clinics?|wards?|intensive)\b))\b)",
    re.IGNORECASE,
)


def _admitted_total(text: str, number: NumberMention, phrase: _Phrase) -> bool:
    """Return True when a total set before its part is the people a hospital took in (``Of
    the 30 people admitted after the blast, 21 went home``, ``Of the 12 we admitted``):
    hurt, as ``Of the 30 people hospitalised`` is. Admitting a charge or a fact (``admitted
    that``, ``admitted the theft``) is no care."""
    return (
        "admitted" in text
        and _ADMITTED_AFTER.match(text, phrase.end) is not None
        and _OF_THE_BEFORE.search(text, max(0, number.qualifier_start - 16), number.qualifier_start)
        is not None
    )


def _captives_escorted(text: str, phrase: _Phrase) -> bool:
    """Return True when the people escorted out are captives (``the nine hostages were
    escorted to safety``): led out of captivity, so freed, not evacuated."""
    return "escort" in text and KIND_NOUNS.get((phrase.head or "").lower()) == "hostages"


def _homecoming_bare(text: str, number: NumberMention) -> _Phrase | None:
    """Return a bare phrase for a count the phrase reader took for things when a homecoming
    follows it (``until the remaining 11 come home``: ``come`` is no noun)."""
    bare = _Phrase(end=number.end, bare=True)
    return bare if _homecoming_kind(text, number, bare) is not None else None


_REPORTING_PEOPLE = word_set("officials authorities witnesses sources spokesmen analysts")
"""People who report a count, not the people it befell."""


def _victims_plural(word: str) -> bool:
    """Return True for a plural of people with no ``-s`` that never names armed men
    (``women``, ``children``, ``schoolchildren``, ``people``); ``men`` may be either."""
    return word == "people" or word.endswith(("women", "children"))


def attackers_got_away(raw: RawFigure, text: str, prior_text: str | None) -> bool:
    """Return True when ``raw`` counts attackers the sentence before named who got away.

    ``… killing four of the attackers. The other two remain at large.``: a count with no
    people noun of its own before it, followed by the words of an escape or a manhunt, after
    a sentence that names attackers and no people but them and the forces after them. Where
    it names victims too (``Gunmen seized 20 villagers. Two escaped overnight.``) the count
    stays theirs.
    """
    if prior_text is None or raw.kind not in ("freed", "other") or raw.value == 0:
        return False
    if not _GOT_AWAY_AFTER.match(text, raw.end):
        return False
    if _last_people_noun(text[: raw.start]) is not None:
        return False
    words = _TOKEN.findall(text, raw.start, raw.end)
    if any(_plural_people(w.lower()) for w in words[1:]):
        return False  # "two hostages escaped": the count names its own people
    if any(_victims_plural(w.lower()) for w in words[1:]):
        return False  # "three women escaped": people without the -s of a plural
    named = {m.group(0) for m in _TOKEN.finditer(prior_text)}
    people = {w.lower() for w in named if w.lower() in ATTACKER_NOUNS or _is_people(w)}
    people -= _REPORTING_PEOPLE
    # "60 staff were on shift when the gunmen arrived. Thirty-seven of them escaped": the
    # escape is the staff's; only a sentence that names no people but attackers and the
    # forces after them leaves the count to the attackers.
    return bool(people & ATTACKER_NOUNS) and people <= ATTACKER_NOUNS | RESPONDER_NOUNS


def attackers_escaped_in_sentence(raw: RawFigure, text: str, prior_text: str | None) -> bool:
    """Return True when ``raw`` counts attackers who got away, named before it.

    ``Four gunmen were shot dead and two captured; up to five others escaped``: a count
    with no people noun of its own, followed by the words of an escape, whose sentence named
    no people before it but attackers (the forces after them and the people reporting
    aside), or named nobody and follows a sentence that names no people but attackers and the
    forces after them (``… six gunmen took part. Two of them were killed by officers, and
    the remaining four escaped``). Where victims are named (``the gunmen
    seized 20 villagers and five escaped``) or inmates (``300 prisoners broke out and 40
    escaped``), the escape is not the attackers'; people who ``fled`` are left to the rules of
    flight.
    """
    if raw.kind not in ("freed", "other") or raw.value == 0:
        return False
    if "esc" not in text and "away" not in text and " run" not in text:
        return False
    more = _MORE_AFTER.match(text, raw.end)
    got_away = _GOT_AWAY_AFTER.match(text, more.end() if more else raw.end)
    if got_away is None or "fled" in got_away.group(0).lower():
        return False
    words = [w.lower() for w in _TOKEN.findall(text, raw.start, raw.end)[1:]]
    if any(w != "others" and (_plural_people(w) or w in ATTACKER_NOUNS) for w in words):
        return False  # "two hostages escaped": the count names its own people
    if any(_victims_plural(w) for w in words):
        return False  # "three women escaped": people without the -s of a plural
    named_here = (
        {
            low
            for low in (m.group(0).lower() for m in _TOKEN.finditer(text, 0, raw.start))
            if low in ATTACKER_NOUNS or _plural_people(low) or low in _PLURAL_PEOPLE_HEADS
        }
        - _REPORTING_PEOPLE
        - RESPONDER_NOUNS
    )
    if named_here:
        return named_here <= ATTACKER_NOUNS
    if prior_text is None:
        return False
    named = {m.group(0).lower() for m in _TOKEN.finditer(prior_text)}
    people = {w for w in named if w in ATTACKER_NOUNS or _is_people(w)} - _REPORTING_PEOPLE
    return bool(people & ATTACKER_NOUNS) and people <= ATTACKER_NOUNS | RESPONDER_NOUNS


def attackers_one_got_away(text: str, prior_text: str | None) -> list[RawFigure]:
    """Return a count of one attacker for each bare ``one`` that got away.

    ``… three were shot dead, one was captured and one got away through the garden``:
    the reader of counts leaves a bare ``one`` with no verb of its own aside, so this finds
    it at the start of a clause before the words of an escape and keeps it when
    :func:`attackers_escaped_in_sentence` gives the escape to the attackers (named before
    it, or in the sentence before when its sentence names nobody). ``One of the guards
    escaped`` names its own people and is left alone.
    """
    if "one" not in text and "One" not in text:
        return []
    if "esc" not in text and "away" not in text and "large" not in text and " run" not in text:
        return []
    found: list[RawFigure] = []
    for m in _ONE_GOT_AWAY.finditer(text):
        qualifier = "at least" if m.group("least") else None
        raw = RawFigure("other", 1, m.start("least") if qualifier else m.start("one"), m.end("one"))
        raw = replace(raw, qualifier=qualifier)
        if _CAPTIVES_TAKEN.search(text, 0, raw.start):
            continue  # "the gunmen seized four guards and one escaped": a captive got away
        if attackers_escaped_in_sentence(raw, text, prior_text):
            found.append(replace(raw, kind="attackers"))
    return found


_ONE_GOT_AWAY = re.compile(
    r"(?:^|[\"“‘,;:(]\s*|\band\s+)(?P<least>at\s+least\s+)?(?P<one>[Oo]ne)"
    r"(?=\s+(?:had\s+|has\s+|is\s+|was\s+)?(?:(?:still|since|later|then)\s+)?(?:escaped|got\s+away|"
    r"slipped\s+away|remains?\s+at\s+large|at\s+large|on\s+the\s+run)\b)"
)
"""A bare ``one`` opening a clause before the words of an escape."""
_CAPTIVES_TAKEN = re.compile(
    r"\b(?:seized|abducted|kidnapped|held|holding|took|taken|captives|hostages)\b", re.IGNORECASE
)
"""Words of captives taken: an escape after them is a captive's."""


def attackers_pointed_back(raw: RawFigure, text: str, prior_text: str | None) -> bool:
    """Return True when ``raw`` is a count after ``they were`` or ``there were`` that points
    back at attackers.

    ``… said the gunmen came out of the reeds. "There were about 40 of them."``: the people
    the count points back at are the last named before it, in its sentence or, when it
    names none, the sentence before; when they are attackers, so is the count. Weapons
    after the count (``They were more than 30, heavily armed``) say the same of people the
    sentences before left unnamed, unless the last people named are the police or troops.
    Victims named last (``the bandits seized the villagers. There were 25 of them``) keep the
    count theirs, to be read as before.
    """
    if not raw.inherit or raw.value == 0 or "ere" not in text:
        return False
    if _THEY_WERE_BEFORE.search(text, max(0, raw.start - 30), raw.start) is None:
        return False
    antecedent = _last_people_or_forces(text, 0, raw.start)
    if antecedent is None and prior_text is not None:
        antecedent = _last_people_or_forces(prior_text, 0, len(prior_text))
    if antecedent is not None and antecedent in ATTACKER_NOUNS:
        return True
    return (antecedent is None or antecedent not in _FORCES) and (
        _WEAPONS_AFTER_COUNT.match(text, raw.end) is not None
    )


_FORCES = RESPONDER_NOUNS | LAW_ENFORCEMENT_NOUNS


def _last_people_or_forces(text: str, start: int, end: int) -> str | None:
    """Return the last plural people noun, attackers' noun or noun of the forces (``police``
    included) of ``text[start:end]``, lower-cased. A noun before a people noun modifies it
    (``a police officer``) and is skipped."""
    last: str | None = None
    previous: str | None = None
    for m in _TOKEN.finditer(text, start, end):
        word = m.group(0)
        if previous is not None and _is_people(word):
            previous = None  # "a police officer": the people are the officer
        if previous is not None:
            last = previous
        low = word.lower()
        previous = low if low in _FORCES or low in ATTACKER_NOUNS or _plural_people(low) else None
    return previous or last


_THEY_WERE_BEFORE = re.compile(
    r"\b(?:they|there)\s+(?:were|had\s+been)\s+(?:(?:in\s+fact|perhaps|maybe|probably)\s+)?"
    r"[\"“‘']?$",
    re.IGNORECASE,
)
"""``they were`` / ``there were`` right before a count, for :func:`attackers_pointed_back`."""
_WEAPONS_AFTER_COUNT = re.compile(
    r"[\"”’']?\s*(?:,|—|–)\s*(?:(?:all|most|some|many|heavily|well|all\s+of\s+them)\s+)?"
    r"(?:armed|carrying\s+(?:guns|rifles|weapons|machetes|shotguns|pistols|knives|firearms|AK|"
    r"Kalashnikovs)|with\s+(?:guns|rifles|weapons|machetes))\b",
    re.IGNORECASE,
)
"""Weapons right after a count or its men (``, all carrying rifles``, ``, heavily armed``):
for :func:`attackers_pointed_back` and for men named by their arms in apposition."""


_MORE_AFTER = re.compile(r"\s+(?:more|others)\b", re.IGNORECASE)
"""``(up to six) more escaped``: the word that adds a count to people already counted."""
_PLURAL_PEOPLE_HEADS = word_set("people men women children")
"""Plural people heads not in -s, for :func:`attackers_escaped_in_sentence`."""


_PARTS_AFTER_NOUN = re.compile(
    r"(?:\s+(?:go|free|out|off|away|loose))?\s*(?:,|:|—|–|\s-)\s*"
    r"(?:[^,.;:()]{1,40}?(?:,\s*|,?\s+and\s+))?",
    re.IGNORECASE,
)
"""What lies between a count's noun and one of its parts: the particle of a verb split
around the count (``let nine captives go``), the comma, colon or dash after the noun, then
the part listed before this one (``captives, five women and``)."""


def _parts_of_a_count_before(
    text: str, cue: _Cue, number: NumberMention, previous: RawFigure | None
) -> bool:
    """Return True when ``number`` lists a part of the count before it and the nearest cue
    is only the noun of the count the parts break down: ``released nine captives, five
    women and four boys`` (freed, not held), ``rescued 20 hostages: six pilots and 14
    crew``. The verb that gave the count its kind gives its parts theirs; the noun that
    names them all says what they had been.
    """
    if previous is None or previous.inherit or previous.kind in ("other", "attackers"):
        return False
    if previous.kind == cue.kind or cue.end > previous.end:
        return False
    if text[cue.start : cue.end].lower() not in KIND_NOUNS:
        return False  # a verb's cue: the part's own verb, or the count's
    if cue.start < previous.start < cue.end:
        return False
    return bool(_PARTS_AFTER_NOUN.fullmatch(text, cue.end, number.qualifier_start))


def _members_before_part(text: str, start: int, end: int) -> bool:
    """Return True when the text from ``start`` to ``end`` opens the parts of the count
    before it and lists other members first (``, among them the pastor, a man of 70, and``)
    or says ``all`` (``, among them all``)."""
    gap = text[start:end]
    if "among" not in gap and "including" not in gap and ":" not in gap:
        return False
    return _MEMBERS_BEFORE_PART.search(gap) is not None


def _including_part(text: str, number: NumberMention, previous: RawFigure | None) -> bool:
    """Return True when ``number`` is a part of the count before it: ``14 bodies …,
    including five children`` or the next part listed (``… and two women``)."""
    if previous is None or previous.kind in ("other", "attackers") or previous.inherit:
        return False
    start = number.qualifier_start
    if _INCLUDING_BEFORE.search(text, previous.end, start) or _members_before_part(
        text, previous.end, start
    ):
        return not _ANY_DIGIT.search(text, previous.end, start) and not _SPEECH.search(
            text, previous.end, start
        )
    return bool(
        _LIST_JOIN.fullmatch(text, previous.end, start)
        and _INCLUDING_BEFORE.search(text, max(0, previous.start - 14), previous.start)
    )


_NUMBER_HELD_TO = re.compile(
    r"\bthe\s+(?:number|total|tally|count)\s+(?:of\s+(?:people|suspects|men)\s+)?"
    r"(?:held|detained|in\s+custody)\s+(?:to|at)\s+$",
    re.IGNORECASE,
)
_ARREST_WORDS = ("arrest", "detain", "custody", "picked up", "rounded up")
"""Words of an arrest, looked for in the lower-cased words before ``the number held``."""


def _number_held_by_law(text: str, number: NumberMention) -> str | None:
    """Return ``arrested`` for ``bringing the number held to eight`` after an arrest in the same
    sentence (``police arrested two more men, bringing the number held to five``): the
    people the police hold, not captives."""
    if "held" not in text and "detained" not in text and "custody" not in text:
        return None
    held = _NUMBER_HELD_TO.search(text, max(0, number.qualifier_start - 40), number.qualifier_start)
    if held is None or not any(map(text[: held.start()].lower().__contains__, _ARREST_WORDS)):
        return None
    return "arrested"


_COUNT_OF_ATTACKERS = re.compile(
    r"\b(?:number|count|tally|total|estimate)\s+of\s+(?:(?:armed|suspected)\s+)?"
    r"(?P<word>[a-z-]+)\b",
    re.IGNORECASE,
)
"""``the number of gunmen who took part …``: a count of the attackers that changed."""


_ATTACKERS_FATE = re.compile(
    r"\b(?P<fate>killed|dead|died|arrested|captured|detained|wounded|injured)\b", re.IGNORECASE
)
_FATE_KINDS = {
    "killed": "killed", "dead": "killed", "died": "killed", "arrested": "arrested",
    "captured": "arrested", "detained": "arrested", "wounded": "wounded", "injured": "wounded",
}  # fmt: skip


def _counted_attackers(text: str, number: NumberMention, clause_start: int) -> str | None:
    """Return ``attackers`` for a count of attackers that changed to ``number`` (``revised
    its estimate of the number of gunmen who took part in the raid from 45 to about 60``),
    when no other count stands between."""
    if "of" not in text[clause_start : number.qualifier_start]:
        return None
    subjects = [
        m
        for m in _COUNT_OF_ATTACKERS.finditer(text, clause_start, number.qualifier_start)
        if m.group("word").lower() in ATTACKER_NOUNS
    ]
    if not subjects:
        return None
    subject = subjects[-1]
    revised = _REVISED_FROM.search(text, subject.end(), number.qualifier_start)
    if _LEFT_NUMBER.search(
        text, subject.end(), revised.start() if revised else number.qualifier_start
    ):
        return None
    fate = _ATTACKERS_FATE.search(text, subject.end(), number.qualifier_start)
    if fate is not None:
        # "the number of gunmen killed", "… of attackers it says were killed"
        return _FATE_KINDS[fate.group("fate").lower()]
    return "attackers"


def _counted_kind(text: str, number: NumberMention, clause_start: int) -> str | None:
    """Return the kind of a count that changed to ``number``: ``the number of people
    confirmed dead … climbed from 14 to 23`` → killed."""
    if not _CHANGED_TO.search(text, max(0, number.qualifier_start - 40), number.qualifier_start):
        return None
    subjects = list(_COUNT_SUBJECT.finditer(text, clause_start, number.qualifier_start))
    if not subjects:
        return _counted_attackers(text, number, clause_start)
    subject = subjects[-1]
    revised = _REVISED_FROM.search(text, subject.end(), number.qualifier_start)
    if _LEFT_NUMBER.search(
        text, subject.end(), revised.start() if revised else number.qualifier_start
    ):
        return None  # another count stands between: the subject is not this number's
    word = subject.group("word").lower()
    if word == "survivors":
        return "unhurt"  # "the number of survivors rose to 27": alive, freed only from captors
    if word == "displaced" or word.startswith(("moved", "relocated")):
        return "evacuated"  # "the number of people moved out of the villages has climbed"
    return KIND_NOUNS.get(word) or _kind_of_word(word)


_WHERE_CUES = frozenset(("inside", "present"))
"""Cue kinds that only say where people are: ``put the number of gunmen still inside at
12`` counts the gunmen, not people held inside."""


def _put_at_kind(text: str, cues: list[_Cue], put: re.Match[str]) -> tuple[str | None, bool]:
    """Return the kind of ``put the number of fighters at 30``: from the counted words when
    they say it, else from the count discussed before (``how many officers were held; a
    minister put the figure at 14``), else from the sentences before."""
    if put.group("np"):
        np_start, np_end = put.span("np")
        words = [w.lower() for w in re.findall(r"[\w-]+", put.group("np"))]
        if any(w in ATTACKER_NOUNS for w in words) and not any(
            c.start >= np_start
            and c.end <= np_end
            and c.kind not in _WHERE_CUES
            and not text.endswith("inside", c.start, c.end)
            for c in cues
        ):
            return "attackers", False
        for cue in cues:
            if np_start <= cue.start < np_end and ("R" in cue.modes or "S" in cue.modes):
                return cue.kind, False
        for word in reversed(words):
            if word in ("survivors", "survivor"):
                return "unhurt", False  # a count of those alive: freed only from captors
            if word in KIND_NOUNS:
                return KIND_NOUNS[word], False
        if "taken" in words:
            return "taken", False  # "put the number of those taken at 60": abducted, if held
        return None, False
    if put.group("noun").lower() in ("toll", "tally"):
        return "killed", False
    for cue in reversed(cues):
        if cue.end <= put.start() and ("R" in cue.modes or "S" in cue.modes):
            return cue.kind, False
    return "inherit", True


def _toll_subject(
    text: str, cues: list[_Cue], number: NumberMention, clause_start: int
) -> _Cue | None:
    """Return the toll a bare number is the value of when a count's own verb stands right
    before it, however long the toll's subject (``the death toll from the blast that
    destroyed the block has reached 13``)."""
    if not _CHANGED_TO.search(text, max(0, number.qualifier_start - 9), number.qualifier_start):
        return None
    for cue in cues:
        if cue.start < clause_start or cue.end > number.qualifier_start:
            continue
        if number.qualifier_start - cue.end > 160 or not _TOLL_NOUN.fullmatch(
            text, cue.start, cue.end
        ):
            return None
        between = text[cue.end : number.qualifier_start]
        if _ANY_DIGIT.search(between) or _SPEECH.search(between):
            return None  # another count, or a new speaker, stands between
        return cue
    return None


def _predicate_next(text: str, cues: list[_Cue], phrase: _Phrase) -> bool:
    """Return True when a predicate cue follows the bare number with only auxiliaries and
    adverbs between (``47 still missing``, ``12 were freed``)."""
    for cue in cues:
        if cue.start >= phrase.end:
            return "R" in cue.modes and bool(_AUXILIARIES.fullmatch(text, phrase.end, cue.start))
    return False


_PARTITIVE_HEAD = re.compile(
    r"\bof\s+(?:the|those|these|all\s+the)\s+[^,.;:\d]{1,40},\s*$", re.IGNORECASE
)


def _head_of_a_partitive(text: str, cue: _Cue, number: NumberMention) -> bool:
    """Return True when ``cue`` is a word of the group a bare count is a part of, opened by
    ``of the`` just before it (``Of the rescued hostages, (14)``): what befell the whole
    group, which the part's own verb may overrule."""
    if text.find(",", cue.start, number.qualifier_start) < 0:
        return False
    head = _PARTITIVE_HEAD.search(text, max(0, number.qualifier_start - 60), number.qualifier_start)
    return head is not None and head.start() < cue.start


_ASIDE_AFTER_COUNT = re.compile(
    r",\s+(?:mostly|most|many|some|all|among|including)\b[^,.;:\d]{0,60},"
)
"""``(12), mostly the frail, (were let go)``, ``(15), most of them women, (were freed)``: an aside
that describes a bare count before its verb."""


def _predicate_past_aside(text: str, cues: list[_Cue], phrase: _Phrase) -> bool:
    """Return True when a predicate cue follows the bare number past an aside that
    describes it (``Of the 40 captives, 15, most of them women, were freed``)."""
    if not text.startswith(",", phrase.end):
        return False
    aside = _ASIDE_AFTER_COUNT.match(text, phrase.end)
    if aside is None:
        return False
    for cue in cues:
        if cue.start >= aside.end():
            return "R" in cue.modes and bool(_AUXILIARIES.fullmatch(text, aside.end(), cue.start))
    return False


_AUXILIARIES = re.compile(
    r"\s*(?:(?:were|was|are|is|have|has|had|been|being|still|now|also|all|later|since|"
    r"reportedly|remain|remained|remains)\s+)*",
    re.IGNORECASE,
)


_LED_OUT = re.compile(
    r"(?:\s+[^.;:\d]{0,90}?)?\s+(?:to\s+safety\b|out\s+(?:of|through|from)\s+(?:the|a|an|their)\b)",
    re.IGNORECASE,
)
"""``led 23 shoppers out of the basement``, ``led 40 guests who had hidden upstairs to
safety``: people brought out of the danger."""


def _led_to_safety(text: str, left: _Cue, phrase: _Phrase, clause_start: int) -> bool:
    """Return True when ``led`` takes people out of the danger (not away by their captors):
    rescuers or anyone but attackers lead them out of a place or to safety."""
    return (
        text[left.start : left.end].lower() in ("led", "leading")
        and not phrase.attackers
        and _LED_OUT.match(text, phrase.end) is not None
        and not any(
            m.group(0).lower() in ATTACKER_NOUNS
            for m in _TOKEN.finditer(text, clause_start, left.start)
        )
    )


_CLAUSE_ENDS = re.compile(r"\s*(?:[.;!?]|,?\s*[\"”]|$)")


def _took_of_us(text: str, phrase: _Phrase, clause_start: int, left: _Cue) -> bool:
    """Return True when a witness says how many of their own group were taken, the clause
    ending on it (``They took nine of us.``): taken by whoever took them, not the police."""
    return (
        phrase.partitive == "us"
        and text[left.start : left.end].lower() in ("took", "taken", "take", "takes")
        and _CLAUSE_ENDS.match(text, phrase.end) is not None
        and not _by_police(text, clause_start, left.start)
    )


def _moved_to(text: str, left: _Cue, phrase: _Phrase, clause_start: int) -> str | None:
    """Return the kind a verb of moving people gets from where it took them.

    ``took 19 to hospital`` → wounded; ``moved 800 families out of the valley`` →
    evacuated (not when attackers did the moving); ``led nine farmers away`` → taken;
    ``dragged two drivers from the cab and led them off`` → taken.
    """
    if left.kind == "freed":
        return "taken" if _THEN_TAKEN.match(text, phrase.end) else None
    if left.kind == "bringdown":
        # "brought 10 of us down on a ladder", "brought 11 of them to shore alive",
        # "brought 120 people ashore"
        out = (
            _DOWN_TO_SAFETY.match(text, phrase.end)
            or _DOWN_THE_STAIRS.match(text, phrase.end)
            or _OUT_ALIVE.match(text, phrase.end)
            or _ASHORE.match(text, phrase.end)
        )
        return "freed" if out else None
    verb = text[left.start : left.end].lower()
    if left.kind == "other" and not verb.startswith(("sen", "carr")):
        return None
    if verb.startswith("carr") and _CARRIED_OUT.match(text, phrase.end):
        return "freed"  # "firemen carried her and four others out of the shaft"
    if left.kind not in ("move", "leadaway", "take", "other"):
        return None
    if _TO_HOSPITAL.match(text, phrase.end):
        return "wounded"
    if (
        verb.startswith("sen")
        and (phrase.head or "").lower() in _PATIENT_HEADS
        and _SENT_ON_TO.match(text, phrase.end)
    ):
        return "wounded"  # "we had to send two patients on to Kelvo": still in care
    if verb.startswith(("haul", "fish")):
        # "hauled 41 people out of the water alive"; "fished 12 bodies out" is a toll.
        return "freed" if _OUT_ALIVE.match(text, phrase.end) else None
    if left.kind == "leadaway" and _led_to_safety(text, left, phrase, clause_start):
        return "freed"  # "firefighters led 23 shoppers out of the basement"
    if left.kind in ("take", "leadaway") and (
        _LED_AWAY.match(text, phrase.end) or _AWAY_FIRST.match(text, left.end)
    ):
        if _by_police(text, clause_start, left.start):
            return "arrested"  # "police took away six men"
        return "taken"  # "led nine farmers away", "took away the pastor and 11 others"
    away = _CLEARED_FROM if verb.startswith("clear") else _TO_SAFETY
    if verb.startswith("mov") and _MOVED_TO_PLACE.match(text, phrase.end):
        away = _MOVED_TO_PLACE
    elif (
        verb.startswith(("mov", "escort", "ferr", "bus"))
        and not _is_suspects(phrase.head)
        and not (phrase.head and phrase.head.lower() in INMATE_NOUNS)
        and _TO_NAMED_PLACE.match(text, phrase.end)
    ):
        away = _TO_NAMED_PLACE  # "soldiers escorted some 350 residents to Orvane"
    if (
        left.kind == "move"
        and away.match(text, phrase.end)
        and not any(
            m.group(0).lower() in ATTACKER_NOUNS
            for m in _TOKEN.finditer(text, clause_start, left.start)
        )
    ):
        return "evacuated"
    if (
        left.kind == "move"
        and verb.startswith(("moved", "moving", "relocat"))
        and (phrase.head or "").lower() in _RESIDENT_HEADS
        and not _TO_HOSPITAL.match(text, phrase.end)
        and not any(
            m.group(0).lower() in ATTACKER_NOUNS
            for m in _TOKEN.finditer(text, clause_start, left.start)
        )
    ):
        return "evacuated"  # "police have moved about 3,500 residents": from their homes
    return None


def _apposed_kind(text: str, number: NumberMention, phrase: _Phrase) -> str | None:
    """Return the kind of a group a count stands beside: ``the raiders — a dozen of them``,
    ``the militants, whom she estimated at 40``."""
    if not (phrase.bare or phrase.partitive in ("them", "whom")):
        return None
    window = text[max(0, number.qualifier_start - 80) : number.qualifier_start]
    if "whom" not in window and "which" not in window and phrase.partitive not in ("them", "whom"):
        return None  # neither an estimate clause nor "… of them"
    if phrase.partitive in ("them", "whom") and _PART_BEFELL.match(text, number.end):
        return None  # "eight gunmen, six of whom were killed": the verb says what befell them
    m = _APPOSED.search(text, max(0, number.qualifier_start - 80), number.qualifier_start)
    if not m:
        return None
    if m.group("noun") is not None and phrase.partitive not in ("them", "whom"):
        return None  # "the raiders, nine …" only with "of them"
    noun: str = (m.group("noun") or m.group("noun2")).lower()
    if noun in ATTACKER_NOUNS:
        return "attackers"
    kind: str | None = KIND_NOUNS.get(noun)
    if kind is not None and m.group("noun2") is not None:
        return kind
    return None


_OF_NAME_AFTER = re.compile(r"\s+(?:of|from)\s+(?-i:[A-Z][\w-]*)(?!['’]s)\b")
_GAPPED_BEFORE = re.compile(r"[^.;:\d]{0,60}?\b(?:of|from)\s+[^.;:\d]{1,40}?(?:,\s*|,?\s+and\s+)")
"""``(12 were residents) of Ayo village, (five of Ebe)``: the count before said
where its people were from, and this one repeats that shape without the verb."""
_COMPANIONS_BEFORE = re.compile(r"\bwith\s+(?:her|his|their|my|our)\s+$", re.IGNORECASE)
"""``escaped with her two children``: people someone had with them, whom the verb does not
count."""
_UNNUMBERED_HEAD = re.compile(
    r"\b(?:the|all\s+the|those|these)\s+(?P<noun>[\w-]+)\s*(?:,|—|–|\s-)\s*(?:among\s+(?:them|whom)|"
    r"including|of\s+whom)\s+(?:(?:were|are|was|is)\s+)?$",
    re.IGNORECASE,
)
"""``the survivors, among them``, ``the dead, including``: a group named by its kind
alone, whose parts are counted next."""
_SOURCE_COUNT_BEFORE = re.compile(
    r"\b(?:says|said|claims|claimed|insists|insisted|maintains|maintained|"
    r"(?:is|are|was|were)\s+(?:still\s+)?sticking\s+(?:with|to)|stuck\s+(?:with|to)|"
    r"sticks\s+(?:with|to)|stands?\s+by|stood\s+by|puts?\s+it\s+at|put\s+it\s+at)\s+[\"“]?$",
    re.IGNORECASE,
)
"""``rights group says at least 40``, ``is sticking with 64``: a source giving (or keeping)
its own count, with no noun: the count of the people counted just before."""
_COUNT_ENDS = re.compile(
    r"\s*(?:[,.;:!?)\"”]|$|(?:for\s+now|so\s+far|in\s+all|in\s+total|at\s+(?:present|the\s+moment))\b)",
    re.IGNORECASE,
)
"""Nothing after a count but the end of its clause (``… sticking with 64 for now.``)."""
_NAMES_AFTER = re.compile(
    r"\s+names\b(?!\s+(?:of|for)\s+(?:the\s+)?(?:streets?|places?|villages?))"
)
_NAMES_BEFORE = re.compile(
    r"\b(?:the\s+names\s+of|(?:a|the|their|its)\s+list\s+of)\s+(?:(?:at\s+least|about|some|"
    r"nearly|more\s+than|over)\s+)?$",
    re.IGNORECASE,
)
"""``compiled a list of 44 names``, ``have the names of 40 people``: the people a list
names, counted with the kind the sentences before give them."""
_PICKED_UP_AT_SEA = re.compile(
    r"\b(?:coast\s*guards?|navy|naval|boats?|ships?|vessels?|trawlers?|ferry|ferries|tugs?|"
    r"lifeboats?|helicopters?|fishermen|rescuers|crews?)\b",
    re.IGNORECASE,
)
"""Who, picking people up, rescues them (``the Coast Guard picked up 38 fishermen``)."""


def _names_one_of(text: str, start: int, end: int, nouns: frozenset[str]) -> bool:
    """Return True when a word of ``text[start:end]`` is one of ``nouns``."""
    return any(m.group(0).lower() in nouns for m in _TOKEN.finditer(text, start, end))


def _of_attackers_named(text: str, start: int, end: int, phrase: _Phrase) -> bool:
    """Return True when ``N of them`` or ``N others`` counts attackers the clause named before
    its verb (``troops killed nine gunmen and captured four of them``, ``… four others``)."""
    if text.startswith(" of them", phrase.end - 8):
        return _names_one_of(text, start, end, ATTACKER_NOUNS)
    if not (phrase.more or (phrase.head or "").lower() == "others"):
        return False
    # "killed five bandits and captured three others": the others are of the last people
    # named ("Gunmen killed five villagers and captured three others" are villagers).
    named = [
        token.lower()
        for m in _TOKEN.finditer(text, start, end)
        if _is_people(token := m.group(0)) or token.lower() in ATTACKER_NOUNS
    ]
    if named and named[-1] in RESPONDER_NOUNS:
        # "Seven of the gunmen were killed, and troops captured four others": the captors
        # are the clause's subject; the others are of the people the clause before named.
        named = [
            token.lower()
            for m in _TOKEN.finditer(text, 0, end)
            if (_is_people(token := m.group(0)) or token.lower() in ATTACKER_NOUNS)
            and token.lower() not in RESPONDER_NOUNS
        ]
    return bool(named) and named[-1] in ATTACKER_NOUNS


def _rounded_up_by_attackers(text: str, start: int, verb: _Cue) -> bool:
    """Return True when ``rounded up`` has attackers, not the police, as its subject (``the
    gunmen rounded up 42 workers``): people the attackers gather are their captives."""
    return (
        text.startswith("rounded", verb.start)
        and (
            _names_one_of(text, start, verb.start, ATTACKER_NOUNS)
            or "armed " in text[start : verb.start].lower()
        )
        and not _by_police(text, start, verb.start)
    )


def _by_police(text: str, start: int, end: int) -> bool:
    """Return True when ``text[start:end]`` names the police or troops (the subject of a
    ``picked up``), so that what they picked up are arrests."""
    return _names_one_of(text, start, end, LAW_ENFORCEMENT_NOUNS)


def _is_suspects(head: str | None) -> bool:
    """Return True for a head that counts people sought by the police (``suspects``)."""
    return bool(head) and head.lower() in ("suspects", "suspect", "fugitives", "escapees")  # type: ignore[union-attr]


def _names_attackers(who: str | None) -> bool:
    """Return True when a group names attackers (``attackers``, ``suspected jihadists``)."""
    return bool(who) and who.split()[-1].lower().strip("'\"‘’“”") in ATTACKER_NOUNS  # type: ignore[union-attr]


_PHONE_BEFORE = re.compile(
    r"\b(?:helplines?|hotlines?|phone|telephone|call|dial|sms|whatsapp)(?:\s+(?:lines?|numbers?))?"
    r"\s+(?:(?:on|at)\s+)?$",
    re.IGNORECASE,
)
"""``the police helpline on 1715``, ``call 112``: the words before a telephone number."""
_PAYMENT_BEFORE = re.compile(
    r"\b(?:pay\s?bill|till|account|acct|a/c|(?:p\.?\s?o\.?\s+)?box|short\s?code|sort\s+code|"
    r"reference|ref|extension|ext|iban|routing|swift)(?:\s+(?:numbers?|no\.?|#))?"
    r"\s*(?:#\s*)?$",
    re.IGNORECASE,
)
"""``the M-Pesa paybill 20431``, ``account no. 4409``, ``PO Box 7741``, ``extension 214``: the
words before a payment, postal or office number, which counts nobody however the sentence
goes on (``… for the families of the dead``)."""


_TO_BEFORE = re.compile(
    r"\b(?:brings?|brought|bringing|raises?|raised|raising|takes?|took|taken|taking|pushe[sd]|"
    r"pushing|push|lifts?|lifted|lifting|puts?|putting)\s+to\s+$",
    re.IGNORECASE,
)
_TOLL_AFTER = re.compile(
    r"\s+the\s+(?:(?:official\s+|confirmed\s+)?(?:death\s+)?(?:toll|tally)|number\s+of\s+"
    r"(?:(?:people|persons|those|victims)\s+(?:who\s+(?:have\s+|had\s+)?(?:died|perished|been\s+killed)|"
    r"killed|dead)|dead|deaths|fatalities))\b",
    re.IGNORECASE,
)


def _inverted_toll(text: str, number: NumberMention) -> bool:
    """Return True for a toll whose value comes before it: ``brings to eight the number of
    people who died``, ``raised to nine the death toll``."""
    return bool(
        _TO_BEFORE.search(text, max(0, number.qualifier_start - 20), number.qualifier_start)
        and _TOLL_AFTER.match(text, number.end)
    )


def _is_identifier(text: str, number: NumberMention) -> bool:
    """Return True for digits that are part of a name (``Superferry 14``, ``Flight 370``,
    ``Rescue 1122 said``, ``according to Channel 4``) or a telephone number (``the helpline
    on 1715``)."""
    if number.is_word:
        return False
    if len(number.text) >= 2 and number.text[0] == "0" and number.text.isdigit():
        return True  # "at 0340 local time", "room 07": a count is never written with a zero first
    if _in_code(text, number):
        return True
    if (
        len(number.text) >= 3
        and number.text.isdigit()
        and _PHONE_BEFORE.search(text, max(0, number.start - 30), number.start)
    ):
        return True
    if number.text.isdigit() and _PAYMENT_BEFORE.search(
        text, max(0, number.start - 30), number.start
    ):
        return True
    before = _NAME_BEFORE.search(text, max(0, number.qualifier_start - 25), number.qualifier_start)
    if not before:
        return False
    if _SPEAKER_AFTER.match(text, number.end) or _ACCORDING_TO.search(
        text, max(0, before.start() - 16), before.start()
    ):
        return True  # a name that speaks or is cited is no count
    if text[: before.start()].rstrip().endswith(",") and text[number.end : number.end + 1] == ",":
        return True  # "the emergency service, Rescue 1122, said …": a name set off by commas
    if _CODE_DIGITS.fullmatch(number.text) and not _people_next(text, number.end):
        # "Rescue 7001 said …", "for Rescue 7001, the ambulance service": a count this
        # large is written 7,001, so four bare digits after a name are the name's.
        return True
    if before.start() == 0 or not text[: before.start()].strip(_OPENING_MARKS):
        return False  # "The 23 dead …", also after an opening quote: the sentence's start
    word = before.group(1)
    return word.lower() not in _HEADLINE_WORDS and not text[: before.start()].strip().endswith(
        (":", "—", "-", "–")
    )


_CODE_DIGITS = re.compile(r"\d{4,}")
_CODE_GROUPS_BEFORE = re.compile(r"(?:\d+[-/])+$")
_CODE_GROUPS_AFTER = re.compile(r"(?:[-/]\d+)+")


def _in_code(text: str, number: NumberMention) -> bool:
    """Return True for digits that are one group of a code of three groups or more joined
    by hyphens or slashes (an account ``123-00-4567890-1``, a case ``2026/11/0417``): a
    range (``10-15``) has two."""
    if (
        "-" not in text[number.start - 1 : number.end + 1]
        and "/" not in text[number.start - 1 : number.end + 1]
    ):
        return False
    before = _CODE_GROUPS_BEFORE.search(text, max(0, number.start - 40), number.start)
    after = _CODE_GROUPS_AFTER.match(text, number.end)
    joins = (before.group(0).count("-") + before.group(0).count("/") if before else 0) + (
        after.group(0).count("-") + after.group(0).count("/") if after else 0
    )
    return joins >= 2


def _people_next(text: str, end: int) -> bool:
    """Return True when a people noun follows a number, past one modifier at most."""
    return any(
        _is_people(m.group(0))
        for m in islice(_TOKEN.finditer(text, end, min(len(text), end + 40)), 2)
    )


def _one_said_who(text: str, number: NumberMention) -> bool:
    """Return True for a ``one`` that opens its clause and says who the person is (``…
    and one was a lorry driver``, ``One was a bus driver.``): a part of a count."""
    part = _ONE_WAS_A.match(text, number.end)
    return (
        part is not None
        and any(w.lower() in _SINGULAR_PEOPLE for w in part.group("words").split())
        and _SUBJECT_START.search(text, max(0, number.qualifier_start - 12), number.qualifier_start)
        is not None
    )


_ONE_AFTER_VERB = re.compile(
    r"\b(?:and|but|while)\s+(?:also\s+)?(?:arrested|detained|captured|apprehended|killed|"
    r"wounded|injured|rescued|freed|released|abducted|kidnapped|seized)\s+$",
    re.IGNORECASE,
)
"""``… and arrested one``: a verb's bare object of one, after a first clause that counted."""
_ONE_ENDS = re.compile(
    r"\s*(?:[,.;:)]|$|\s+(?:in|at|on|near|during|after|before|while|when|alive|later|"
    r"overnight|inside|outside)\b)"
)
"""What may follow the bare ``one`` of ``… and arrested one``: the clause ends."""


_ONE_APPOSED = re.compile(r"\s*,\s*(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z-]+)\s*[,.;]")
"""``we lost one, a young sergeant,``: a bare ``one`` and the person it is, set beside it."""


def _one_apposed_person(text: str, number: NumberMention) -> bool:
    """Return True for a bare ``one`` that is a verb's object, followed by a person apposed
    to it (``we lost one, a young sergeant, at the door``): the apposition says the one is
    a person. A ``one`` opening its clause (``One, a teacher, is …``) is a part of a count
    named before, as ``one of`` is."""
    part = _ONE_APPOSED.match(text, number.end)
    return (
        part is not None
        and part.group("noun") in _SINGULAR_PEOPLE
        and _SUBJECT_START.search(text, max(0, number.qualifier_start - 12), number.qualifier_start)
        is None
    )


def _one_verb_object(text: str, number: NumberMention) -> bool:
    """Return True for a bare ``one`` that is the whole object of a second verb of harm,
    capture or rescue (``killed two suspected militants and arrested one``)."""
    return bool(
        _ONE_AFTER_VERB.search(text, max(0, number.qualifier_start - 24), number.qualifier_start)
        and _ONE_ENDS.match(text, number.end)
    )


_TREATED_FOR_BEFORE = re.compile(
    r"\b(?:treated|treating)\s+for\s+[^.;:\d]{1,60}?\s+and\s+$", re.IGNORECASE
)
_FOR_AFTER = re.compile(r"\s+(?:more\s+|others?\s+)?for\s+(?:an?\s+|the\s+|his\s+|her\s+)?[a-z]")


def _treated_gapped(text: str, number: NumberMention) -> bool:
    """Return True for a count that leaves out the verb it shares with the count before:
    ``two were being treated for burns and one for a broken leg`` (the one is treated)."""
    return (
        "for" in text[number.end : number.end + 12]
        and _FOR_AFTER.match(text, number.end) is not None
        and _TREATED_FOR_BEFORE.search(
            text, max(0, number.qualifier_start - 90), number.qualifier_start
        )
        is not None
    )


_ONE_CAUGHT = re.compile(
    r"\s+(?:was|has\s+been|had\s+been)\s+(?:also\s+|later\s+)?(?:captured|arrested|detained)"
    r"(?:\s+alive)?\s*(?:[,.;]|$|\s+(?:and|by|in|at|on|after|while|when)\b)",
    re.IGNORECASE,
)
"""``(two gunmen were killed and) one was captured alive``: a person, caught."""


def _one_caught(text: str, number: NumberMention) -> bool:
    """Return True for a bare ``one`` that opens its clause after a count and was caught
    (``three raiders were killed and one was captured``): a part of the group counted."""
    return (
        _ONE_CAUGHT.match(text, number.end) is not None
        and _SUBJECT_START.search(text, max(0, number.qualifier_start - 12), number.qualifier_start)
        is not None
    )


_ONE_HARMED = re.compile(
    r"\s+(?:was|has\s+been|had\s+been)\s+(?:also\s+|seriously\s+|critically\s+|badly\s+)?"
    r"(?:wounded|injured|hurt|killed)\b",
    re.IGNORECASE,
)
"""``(one officer was killed and) one was wounded``: a person, harmed."""
_HARM_BEFORE = re.compile(r"\b(?:killed|wounded|injured|hurt|died)\b", re.IGNORECASE)


def _one_harmed_after_harm(text: str, number: NumberMention) -> bool:
    """Return True for a bare ``one`` after ``and`` that was harmed, in a sentence whose
    first clause told of harm (``One guard was killed and one was wounded``): a second
    person, counted by the verb after it."""
    start = number.qualifier_start
    return (
        text.endswith("and ", 0, start)
        and _ONE_HARMED.match(text, number.end) is not None
        and _HARM_BEFORE.search(text, 0, start) is not None
    )


_ONE_OF_ATTACKERS = re.compile(
    r"\s+of\s+(?:them\s+(?:an?\s+)?|the\s+(?:two\s+|three\s+|four\s+|five\s+|six\s+)?)"
    r"(?P<noun>[a-z-]+)\s*(?:[,.;)]|$)"
)
_INCLUDING_OR_COMMA = re.compile(r"(?:,|\bincluding)\s+$")


def _one_of_the_attackers_part(text: str, number: NumberMention) -> bool:
    """Return True for a ``one`` set after a count as the attacker among it (``ten people
    died, including one of the gunmen``, ``11 are dead, one of them an attacker``): a part
    of the count, as ``including one attacker`` is."""
    if not _INCLUDING_OR_COMMA.search(
        text, max(0, number.qualifier_start - 12), number.qualifier_start
    ):
        return False
    part = _ONE_OF_ATTACKERS.match(text, number.end)
    if part is None:
        return False
    noun = part.group("noun")
    plural = f"{noun[:-3]}men" if noun.endswith("man") else f"{noun}s"
    return noun in ATTACKER_NOUNS or plural in ATTACKER_NOUNS


_ONE_HEAD = re.compile(r"\s+([a-z-]+)")
"""The noun after ``one`` (``one man``, ``one lone attacker``)."""


def _accept_one(text: str, number: NumberMention) -> bool:
    """Return True when ``one`` counts a person (``one soldier was missing``)."""
    if _NO_ONE.search(text, 0, number.qualifier_start):
        return False
    if _ONE_OF_OUTCOME.match(text, number.end):
        return True  # "(said) one of the kidnappers was killed": one of a group, and its fate
    if "out" in text or "part" in text or "involved" in text:
        person = _ONE_HEAD.match(text, number.end)
        if person is not None and person.group(1).lower() not in _SINGULAR_PEOPLE:
            person = _ONE_HEAD.match(text, person.end())  # "one lone attacker"
        if (
            person is not None
            and person.group(1).lower() in _SINGULAR_PEOPLE
            and _DID_THE_ATTACK.match(text, person.end())
        ):
            return True  # "(police say) one man carried out the attack": its one agent
    if _SAID_BEFORE.search(
        text, max(0, number.qualifier_start - 12), number.qualifier_start
    ) and not (
        _ONE_PREDICATE.match(text, number.end) or _ONE_AGED_PREDICATE.match(text, number.end)
    ):
        return False  # "said one farmer": the speaker ("said one person is in custody": a count)
    if _SPEAKER_AFTER_ONE.match(text, number.end):
        return False  # "one officer said": the speaker
    if _after_all_but(text, number):
        return True  # "all but one had been accounted for": the one is the rest
    if _TOLL_AT.search(text, max(0, number.qualifier_start - 50), number.qualifier_start):
        return True  # "the death toll remained at one"
    if _KIND_WORD_AFTER.match(text, number.end):
        return True  # "One killed, 11 sent to hospital"
    if _ONE_STATE.match(text, number.end):
        return True  # "One is in hospital with broken ribs"
    if _one_said_who(text, number):
        return True  # "… and one was a lorry driver": a part of a count, said who it is
    if _one_verb_object(text, number):
        return True  # "killed two suspected militants and arrested one in a raid"
    if _one_apposed_person(text, number):
        return True  # "we lost one, a young sergeant, at the door"
    if _treated_gapped(text, number):
        return True  # "two were treated for burns and one for a broken leg"
    if _one_caught(text, number):
        return True  # "three raiders were killed and one was captured"
    if _one_harmed_after_harm(text, number):
        return True  # "one officer was killed and one was wounded"
    if _one_of_the_attackers_part(text, number):
        return True  # "ten died, including one of the gunmen"
    after = _TWO_WORDS.match(text, number.end)
    if not after:
        return False
    words = after.group(0).split()
    if words[0].lower() == "of":
        return False
    return any(w.lower() in _SINGULAR_PEOPLE for w in words[:2])


_BOTH = re.compile(
    r"\b[Bb]oth(?=\s+(?:(?P<verb>were|was|are|is|have|had|died|survived|remain\w*|held|"
    # "Both will be buried on Sunday", "the driver and his mate, both arrested on Monday"
    r"will\s+be|(?<=,\sboth\s)(?:arrested|detained|injured|wounded|killed|abducted))\b|"
    r"of\s+(?:the|them|those|these)\b(?!\s+(?:dead|injured|wounded|victims|bodies|missing)\b)|(?:[a-z-]+\s+|[A-Z][a-z]+(?:an|ish|ese|i|ch)\s+)?(?P<noun>[a-z-]+s|[a-z]*men|children)\b(?!\s+and\b)))"
)
"""``both robbers were killed``, ``Both were in hospital``, ``ordered both held``, ``detained
both men``: a count of two (not ``both men and women``, a coordination)."""
_BOTH_AND = re.compile(r"\s+(?:[\w-]+\s+){0,2}?and\b")
_BOTH_AFTER_COUNT = re.compile(
    r"(?:\d|\b(?:two|pair|couple|where|which|whom|when)\b)[^.;:]*$", re.I
)
"""``the two gunmen who were captured both died``, ``where both were buried``: the pair was
counted, or placed, before."""


def _with_both(text: str, numbers: list[NumberMention]) -> list[NumberMention]:
    """Return ``numbers`` with each ``both`` that counts two people added, in order."""
    found = [
        NumberMention(
            start=m.start(),
            end=m.end(),
            value=2,
            value_max=None,
            qualifier=None,
            qualifier_start=m.start(),
            text=m.group(0),
            is_word=True,
            is_year=False,
        )
        for m in _BOTH.finditer(text)
        if (m.group("noun") is None or _is_people(m.group("noun")))
        and not (m.group("verb") is None and _BOTH_AND.match(text, m.end()))
        and not _BOTH_AFTER_COUNT.search(text, max(0, m.start() - 80), m.start())
    ]
    if not found:
        return numbers
    return sorted([*numbers, *found], key=lambda n: n.start)


_INMATES_ALTERNATION = "|".join(sorted(INMATE_NOUNS))
_OF_INMATES = re.compile(
    rf"\s+of\s+(?:the|those|these)\s+(?:[\w-]+\s+)?(?:{_INMATES_ALTERNATION})\b"
)
_AMONG_INMATES = re.compile(
    rf"\bamong\s+(?:the|those|them,?)\s+(?:[\w-]+\s+)?(?:{_INMATES_ALTERNATION})\s+"
    r"(?:were|are)\s+(?:at\s+least\s+|about\s+|some\s+)?$",
    re.IGNORECASE,
)


def _part_of_inmates(text: str, number: NumberMention) -> bool:
    """Return True for a part of a group of inmates: released from custody, no captives.

    ``three of the prisoners freed by the gang``, ``Among the escapees were at least three men``.
    """
    return bool(
        _OF_INMATES.match(text, number.end)
        or _AMONG_INMATES.search(text, max(0, number.qualifier_start - 60), number.qualifier_start)
    )


_QUOTED_COUNT_OF = re.compile(
    r"[\"“](?P<count>(?:(?:about|around|some|roughly|nearly|perhaps|maybe|at\s+least|more\s+than|"
    r"up\s+to|as\s+many\s+as)\s+)?(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?))[\"”](?=\s+of\s)",
    re.IGNORECASE,
)
"""``there were "about 40" of them``: a count quoted from a witness, with its partitive
outside the quotation marks."""


def _unquoted_count(text: str) -> str:
    """Return ``text`` with the quotation marks around a count that a partitive follows
    (``"at least four" of the raiders``) blanked out, offsets kept, so the count reads as
    ``at least four of the raiders``."""
    return _QUOTED_COUNT_OF.sub(lambda m: " " + m.group("count") + " ", text)


def find_figures(
    text: str, *, hostage_context: bool = True, hijack: bool = False, siege: bool | None = None
) -> list[RawFigure]:
    """Return the figures one sentence reports, in order; offsets index ``text``.

    ``hostage_context`` says whether the article is about people held by others (a siege,
    a kidnapping): there ``trapped`` counts hostages; elsewhere (a collapse, a flood) it
    counts the missing. ``hijack`` says it is about a hijacking: there the people on board
    are held by the hijackers. ``siege`` says the article is about people held by others
    in so many words (a siege, a kidnapping, a hostage-taking), not only about gunmen: there
    the people inside are held. Left out, it is ``hostage_context``.
    """
    siege = hostage_context if siege is None else siege
    if '" of' in text or "” of" in text:
        text = _unquoted_count(text)
    numbers = find_numbers(text)
    if "both" in text or "Both" in text:
        numbers = _with_both(text, numbers)
    if not numbers:
        return _dedupe(_zeros(text))  # most sentences count nobody: skip the cue scan
    cues = _cues(text)
    cue_starts = frozenset(c.start for c in cues)
    figures: list[RawFigure] = []
    previous: RawFigure | None = None
    covered = 0
    total_at: tuple[int, str, int] | None = None
    thing_end = 0
    for index, number in enumerate(numbers):
        next_number = numbers[index + 1].qualifier_start if index + 1 < len(numbers) else None
        if next_number is not None and _PEOPLE_ON_THINGS.fullmatch(text, number.end, next_number):
            # "300 fishermen on 27 trawlers are missing": the boats are where the people
            # were, and the verb after them is the people's.
            thing = _WORD_AFTER.match(text, numbers[index + 1].end)
            if thing and not _is_people(thing.group(1)):
                following = numbers[index + 2] if index + 2 < len(numbers) else None
                next_number = following.qualifier_start if following else None
        if number.value > 50_000_000:
            continue
        listed = previous is not None and bool(
            _LIST_JOIN.fullmatch(text, previous.end, number.qualifier_start)
            or (
                previous.kind == "wounded"
                and _COMMA_GAP.fullmatch(text, previous.end, number.qualifier_start)
                and _ONE_ADVERB.match(text, number.end)
            )  # "Four were injured, one seriously"
            or (
                previous.kind == "wounded"
                and _COMMA_GAP.fullmatch(text, previous.end, number.qualifier_start)
                and _ONE_OF_THEM_HURT.match(text, number.end)
            )
        )
        if (
            not listed
            and previous is not None
            and previous.kind in ("arrested", "freed")
            and "wound" in text[number.end : number.end + 40]
            and _COMMA_GAP.fullmatch(text, previous.end, number.qualifier_start)
            and _PART_WOUNDED.match(text, number.end)
        ):
            listed = True  # "Two were arrested, one of them wounded"
        if number.text.lower() == "one" and not listed and not _accept_one(text, number):
            continue
        if number.start < covered:
            # "150 of the village's 1,800 residents": a total inside a phrase; it is a figure
            # of its own when its head carries a kind ("rescued 71 of the 72 hostages").
            total = _partitive_total(number, total_at)
            if total is not None:
                figures.append(total)
            continue
        if text.startswith("-", number.end) and _SIZED.match(text, number.end):
            sized = _sized_group(text, number)
            if sized is None:
                continue  # "a 20-man tent": a size, no count of people
            phrase = sized
        else:
            phrase = _read_phrase(text, number, cue_starts)
        if phrase.thing and _verb_after(text, number):
            phrase = _Phrase(end=number.end, bare=True)  # "a search team of 60 combed …"
        if phrase.bare or (phrase.head and phrase.head.lower() in _NUMBERED_HEADS):
            _numbering(text, number, phrase)
        if phrase.thing and _NAMES_AFTER.match(text, number.end):
            # "compiled a list of 44 names": the people named, whom the sentences before
            # counted (the dead, the missing).
            phrase = _Phrase(end=number.end, bare=True, anaphoric=True)
        if (
            phrase.thing
            and previous is not None
            and _OF_NAME_AFTER.match(text, number.end)
            and _GAPPED_BEFORE.fullmatch(text, previous.end, number.qualifier_start)
        ):
            # "12 were from Ayo village, five of Ebe and three of Tarnby": a list that
            # leaves out the verb it shares with its first count.
            phrase = _Phrase(end=number.end, bare=True)
        if phrase.thing and previous is not None and previous.kind != "other":
            opened = _part_of(text, number, previous)
            if opened is not None:
                phrase = opened
        if phrase.thing:
            opened = _open_object(text, cues, number) or _open_subject(text, number)
            if opened is None and hostage_context:
                opened = _homecoming_bare(text, number)
            if opened is None:
                thing_end = number.end
                continue
            phrase = opened
        if (
            _is_age(text, number, phrase)
            or _age_in_words(text, number, phrase)
            or _clock_in_words(text, number)
            or _youngest_or_oldest_is(text, number)
            or _one_person_of(text, number, phrase)
            or _NO_COUNT_BEFORE.search(
                text, max(0, number.qualifier_start - 30), number.qualifier_start
            )
        ):
            continue
        if (
            phrase.bare
            and number.value <= 120
            and _AGE_LIMIT_BEFORE.search(text, max(0, number.start - 20), number.start)
        ):
            continue  # "at least five were under 25": an age limit
        if _NOT_BEFORE.search(
            text, max(0, number.qualifier_start - 5), number.qualifier_start
        ) and _SUPERSEDED_AFTER.match(text, phrase.end):
            continue  # "not 25 as the ministry initially said"
        if (
            phrase.bare
            and thing_end
            and _ELIDED.fullmatch(text, thing_end, number.qualifier_start)
            and not _predicate_next(text, cues, phrase)
        ):
            # "11 shelters are full but 25 still have space": 25 shelters ("held for six
            # weeks, and five died": five people, whom the verb after them counts)
            continue
        if number.is_year and (
            not (phrase.head and _is_people(phrase.head))
            or _YEAR_PREPOSITION.search(text, max(0, number.start - 8), number.start)
        ):
            continue  # "the fire of 1991 killed 29": a year, even before a kind word
        if (
            phrase.bare
            and number.text.lower() == "one"
            and not _TOLL_AT.search(
                text, max(0, number.qualifier_start - 50), number.qualifier_start
            )
            and not _KIND_WORD_AFTER.match(text, number.end)
            and not listed
            and not _one_said_who(text, number)
            and not _ONE_STATE.match(text, number.end)
            and not _after_all_but(text, number)  # "all but one had been accounted for"
            and not _one_verb_object(text, number)
            and not _one_apposed_person(text, number)
            and not _treated_gapped(text, number)
            and not _one_caught(text, number)
            and not _one_harmed_after_harm(text, number)
        ):
            continue
        if _is_identifier(text, number):
            continue
        ratio = _RATIO_AFTER.match(text, number.end)
        if ratio and number.value < _RATIO_BASE.get(ratio.group(1).lower(), 0):
            continue  # "3 in 10 villages", "one in four residents": a share, not a count
        before = text[max(0, number.qualifier_start - 30) : number.qualifier_start]
        if _NONE_OF_BEFORE.search(before):
            continue  # "none of the 14 passengers was hurt": the zero says it
        if number.value == 1 and "ot" in before and _NOT_ONE_BEFORE.search(before):
            continue  # "not one of the guards was hurt": a zero
        if "from" in before and _SUPERSEDED_BEFORE.search(before):
            continue  # "down from the 37 listed on Monday": the value it replaced
        if "from" in before and _FROM_A_PEAK.search(before):
            continue  # "down from a peak of 70": the value it replaced
        if "not" in before and _not_as_first_reported(text, before, phrase):
            continue  # "five gunmen, not the four initially reported"
        if "not" in before and _rejected_count(text, before, phrase):
            continue  # "54 rescued, not 57 as announced earlier", "not the 15 reported by …"
        if _proved_unfounded(text, number, phrase):
            continue  # "Fears that as many as 12 were trapped proved unfounded"
        if ("would" in before or "ill " in before) and _THREAT_BEFORE.search(before):
            continue  # "they would shoot six of us if the police came": a threat
        if (
            "with" in before
            and _WITH_FAMILY_BEFORE.search(before)
            and _KIN_AFTER.match(text, number.end)
            and not _FAMILY_BEFALLEN.search(
                text,
                max(_clause(text, number.start)[0], text.rfind(",", 0, number.start)),
                number.start,
            )
        ):
            continue  # "sat by the road with her three children": family, no outcome
        labelled = (
            "killed"
            if " to " in before and _inverted_toll(text, number)
            else _label_kind(text, number)
        )
        if labelled is None and _attackers_labelled(text, number):
            labelled = "attackers"  # "**Gunmen:** nine, according to the footage"
        described = labelled or _described_total(text, cues, number, phrase, next_number)
        kind: str | None
        if described is not None:
            kind, inherit = described, False
        else:
            kind, inherit = _decide_kind(text, cues, number, phrase, previous, next_number)
        if previous is not None and _attackers_part_in_dashes(text, number, phrase, previous):
            kind, inherit = previous.kind, False  # "Nine died — five of the gunmen, … —"
        if kind != "wounded" and phrase.bare and _treated_gapped(text, number):
            kind, inherit = "wounded", False  # "… treated for burns and one for a broken leg"
        if (
            kind != "wounded"
            and phrase.bare
            and previous is not None
            and previous.kind in ("arrested", "freed")
            and "wound" in text[number.end : number.end + 40]
            and _PART_WOUNDED.match(text, number.end)
        ):
            kind, inherit = "wounded", False  # "… taken alive, one with a wound to the leg"
        if kind == "inherit" and _part_past_a_clause(text, number, phrase, previous):
            kind, inherit = previous.kind, previous.inherit  # type: ignore[union-attr]
        if kind in (None, "other") and _rest_of_a_count_before(text, number, phrase, kind):
            kind, inherit = "inherit", True  # "until the last six fishermen are found"
        if (
            kind in (None, "other")
            and "followed" in text
            and _FOLLOWED_AFTER.match(text, phrase.end)
        ):
            # "12 were freed on Friday; 15 men followed on Sunday": the kind of the count before
            kind, inherit = (previous.kind, False) if previous is not None else ("inherit", True)
        if (
            phrase.partitive == "them"
            and kind in (None, "inherit", "other", "hostages", "wounded")
            and _OF_THEM_CLOSED.match(text, number.end)
            and _last_people_noun(text[: number.qualifier_start]) in ATTACKER_NOUNS
        ):
            # "the raiders came from the east, perhaps 70 of them": a count of the raiders
            # set beside the clause, not a part of the sentence before's victims.
            kind, inherit = "attackers", False
        if (
            previous is not None
            and kind != previous.kind
            and previous.kind not in ("other", "attackers")
            and not previous.inherit
            and _described_part(text, number, phrase, previous)
        ):
            kind, inherit = previous.kind, False  # "killed 14, three of them children swept away"
        if kind in (None, "inherit", "other", "hostages", "freed") and _they_came_count(
            text, number, phrase
        ):
            kind, inherit = "attackers", False  # "They arrived before dawn, perhaps 300 of them."
        if kind != "attackers" and _armed_count(text, number, phrase):
            kind, inherit = "attackers", False  # "maybe 100 of them, all with guns"
        elif (
            kind in (None, "inherit")
            and phrase.bare
            and _ARMED_BARE.match(text, number.end)
            and _last_people_noun(text[: number.qualifier_start]) not in RESPONDER_NOUNS
        ):
            kind, inherit = "attackers", False  # "up to 40, with rifles and clubs"
        if (
            kind == "other"
            and (phrase.head or "").lower() in ATTACKER_NOUNS
            and _CARRIED_BEFORE.search(
                text, max(0, number.qualifier_start - 20), number.qualifier_start
            )
        ):
            kind = "attackers"  # "two boats carrying eight gunmen": attackers, on board or not
        if kind in (None, "inherit", "other") and _attackers_apposed(text, number, phrase):
            kind, inherit = "attackers", False  # "the attackers — nine men —"
        if (
            kind not in (None, "attackers")
            and phrase.bare
            and previous is not None
            and (previous.kind == "attackers" or _names_attackers(previous.who))
            and _GOT_AWAY_AFTER.match(text, phrase.end)
            and _last_people_noun(text[: number.qualifier_start]) in ATTACKER_NOUNS
        ):
            # "three of the seven gunmen were killed and the other three escaped": the
            # attackers got away; nobody held or killed them.
            kind, inherit = "attackers", False
        if kind not in (None, "attackers") and _rest_of_a_caught_gang(
            text, number, phrase, previous
        ):
            kind, inherit = "attackers", False  # "detained two and hunt three others seen running"
        if (
            hostage_context
            and kind in (None, "inherit", "other")
            and not phrase.attackers
            and _TAKEN_ASHORE.match(text, phrase.end)
        ):
            kind, inherit = "hostages", False  # "the four taken ashore are the master, …"
        if (
            hostage_context
            and kind in (None, "inherit", "other", "hostages", "freed")
            and not (phrase.attackers or phrase.responders)
        ):
            home = _homecoming_kind(text, number, phrase)
            if home is not None:
                kind, inherit = home, False
        if (
            hostage_context
            and kind in (None, "inherit", "other")
            and "who" in text
            and _hid_and_reached(text, number, phrase)
        ):
            kind, inherit = "freed", False  # "two guards who hid in a ditch have reached …"
        if (
            hostage_context
            and kind in (None, "inherit", "other", "killed")
            and _taken_by_captors(text, number, phrase)
        ):
            kind, inherit = "hostages", False
        if siege and kind in (None, "inherit", "other") and _held_inside(text, number, phrase):
            kind, inherit = "hostages", False  # "14 people were inside when the shutters shut"
        if (
            siege
            and kind in (None, "inherit", "other")
            and _still_with_captors(text, number, phrase)
        ):
            kind, inherit = "hostages", False  # "eight women are still with them"
        if (
            siege
            and kind in (None, "inherit", "other")
            and _taken_fronted_total(text, number, phrase)
        ):
            kind, inherit = "hostages", False  # "Of the 20 people taken on Monday, three …"
        if (
            siege
            and kind in (None, "wounded")
            and phrase.head is None
            and _examined_count(text, number, phrase)
        ):
            kind, inherit = "freed", False  # "All 26 were examined": out of captivity
        if (
            hostage_context
            and kind is None
            and phrase.people
            and _CAPTIVE_MODIFIER.match(text, number.end)
        ):
            kind, inherit = "hostages", False  # "relatives wait for news of six captive drivers"
        if hostage_context and kind == "killed" and _captives_after_a_toll(text, number, previous):
            kind, inherit = "hostages", False  # "toll rises to ten as pirates hold six crew"
        if kind in (None, "inherit", "other", "freed") and _fled_with_captives(
            text, number, phrase
        ):
            kind, inherit = "hostages", False  # "the gunmen escaped with five drivers"
        if kind in (None, "inherit", "other") and _agents_of_the_attack(text, number, phrase):
            kind, inherit = "attackers", False
        if (
            kind in ("arrested", "held", "hostages")
            and _FINITE_AFTER.match(text, phrase.end)
            and _agents_of_the_attack(text, number, phrase)
        ):
            # "six are in custody, and police believe up to eight people were involved in
            # planning the raid": the count is the subject of its own verb, not the arrests'.
            kind, inherit = "attackers", False
        if kind == "hostages" and _freed_after_taken(text, number, phrase):
            kind, inherit = "freed", False
        if kind in ("hostages", "held") and _held_by_then_freed(text, phrase):
            kind, inherit = "freed", False  # "the last nine held by a faction … were freed"
        if kind in ("hostages", "held") and _still_there_then_freed(text, number, phrase):
            kind, inherit = "freed", False  # "all six people still inside … were freed"
        if (
            hostage_context
            and kind in (None, "inherit", "other", "freed")
            and _own_nationals_held(text, number, phrase, kind)
        ):
            kind, inherit = "hostages", False  # "the relatives of its six nationals"
        if kind in (None, "inherit", "other") and _admitted_total(text, number, phrase):
            kind, inherit = "wounded", False  # "Of the 30 people admitted after the blast, …"
        if kind == "evacuated" and _captives_escorted(text, phrase):
            kind = "freed"  # "the 12 hostages were escorted out by police": out of captivity
        if kind is None and _sent_responders(text, number, phrase):
            kind, inherit = "other", False  # "an additional 450 troops to the district"
        body_sized = kind is not None and _sized_panel(text, number, phrase)
        if body_sized:
            kind, inherit = "other", False  # "the dead were part of a 27-strong patrol"
        if kind is None or _is_rate(text, number, phrase, next_number):
            continue
        value = number.value
        if (
            kind == "missing"
            and _ALL_BEFORE.search(
                text, max(0, number.qualifier_start - 12), number.qualifier_start
            )
            and _ALL_TRACED.match(text, phrase.end)
        ):
            value = 0  # "all of the 14 people listed as missing have been traced": none now
        if kind == "buried":
            kind = _buried_kind(text, number, next_number)
        if kind == "home":
            # "11 have since gone home", "17 were sent home": discharged, in a sentence
            # about a hospital.
            if not _HOSPITAL_WORDS.search(text):
                continue
            kind = "wounded"
        if kind == "wounded" and _died_there_and_in_hospital(text, number, previous):
            kind = "killed"  # "five died on the spot and three in hospital"
        if kind in ("arrested", "hostages", "held") and _gathering_held_for(text, number, phrase):
            if (phrase.head or "").lower() not in ("victims", "dead"):
                continue
            kind = "killed"  # "a memorial service for the six victims will be held"
            inherit = False
        if (
            kind in ("hostages", "attackers", "other", "inherit")
            and not body_sized
            and _listed_among_the_dead(text, number)
            and not _attended_by(text, number, phrase)
        ):
            kind = "killed"  # "the dead include three of the captive drivers and a policeman"
            inherit = False
        if kind == "wounded" and not body_sized and _dead_member_described(text, number, phrase):
            kind = "killed"  # "The dead were … two herders, who were overcome by the smoke"
        if (
            kind == "missing"
            and "bodies" in text
            and _BODIES_OF_BEFORE.search(
                text, max(0, number.qualifier_start - 30), number.qualifier_start
            )
        ):
            kind = "killed"  # "found the bodies of the three missing herders": found dead
        if (
            kind in ("hostages", "attackers", "other")
            and not body_sized
            and _listed_after_a_toll(text, number)
        ):
            kind = "killed"  # "The toll has risen to eight: five hostages, two guards …"
            inherit = False
        if kind in ("inherit", "wounded", "killed") and _aboard_by_origin(text, number, phrase):
            kind = "present"  # "The tourists included 11 from Peru, eight from Chile …"
            inherit = False
        if kind in ("hostages", "freed", "present", "unhurt") and _OTHERS_LEFT_UNHARMED.match(
            text, number.end
        ):
            kind = "other"  # "Forty other workers at the mine were unharmed": not taken
        if kind == "returned" and _HOPED_FOR_BEFORE.search(
            text, max(0, number.qualifier_start - 40), number.qualifier_start
        ):
            kind = "hostages"  # "we will not rest until the last two are home": still held
        if kind == "held" and not hostage_context and _held_by_captors(text, number, phrase):
            kind = "hostages"  # "rebels were still holding 40 villagers"
        if kind == "present" and hostage_context and not siege:
            kind = "other"  # "There were 40 of us in that classroom": a shooting holds nobody
        if kind in _CONTEXT_KINDS:
            kind = _CONTEXT_KINDS[kind][0 if hostage_context else 1]
            if kind is None:
                continue
        if kind in ("hostages", "freed") and phrase.head and phrase.head.lower() in INMATE_NOUNS:
            kind = "other"  # "freed more than 200 inmates", "240 of the inmates escaped"
        if kind in ("hostages", "freed") and _part_of_inmates(text, number):
            kind = "other"  # "three of the prisoners freed …", "Among the escapees were three men"
        if kind == "freed" and _is_suspects(phrase.head):
            continue  # "two suspects were later freed": let go by the police, no rescue
        if (
            kind == "other"
            and hijack
            and not (phrase.attackers or phrase.responders)
            and (
                _ABOARD_AFTER.match(text, phrase.end)
                or (
                    _ON_VEHICLE.search(text, *_clause(text, number.start))
                    # "13 of our crew are safe", "the 17 crew left aboard": out of their hands
                    and not _SAFE_AFTER.match(text, phrase.end)
                    and not _LEFT_ABOARD.match(text, phrase.end)
                    # "13 crew were found on board, and all have been brought to safety"
                    and not any(
                        c.kind == "freed" and phrase.end <= c.start < phrase.end + 60 for c in cues
                    )
                    # "was carrying 23 passengers when the man …": present when it began
                    and not _WHEN_AFTER.search(text, phrase.end, _clause(text, number.start)[1])
                )
                or (
                    previous is not None
                    and previous.kind == "hostages"
                    and _ABOARD_PARTS.fullmatch(text, previous.end, number.qualifier_start)
                )
            )
        ):
            # "hijacked with 21 crew aboard": held on the vessel, and so are the parts
            # listed after ("21 crew on board: 14 Filipino, four Greek …").
            kind = "hostages"
        elif kind == "other" and hijack and _SAFE_AFTER.match(text, phrase.end):
            kind = "freed"  # "17 of our seafarers are safe": out of the hijackers' hands
        elif kind == "hostages" and _RELEASED_AFTER.match(text, phrase.end):
            kind = "freed"  # "kidnapped six of its crew, who were released in May"
        elif kind == "hostages" and _HELD_THEN_RELEASED.match(text, phrase.end):
            kind = "freed"  # "The last 10 passengers still held by the gunmen … were released"
        elif kind == "hostages" and _HELD_SINCE_THEN_RELEASED.match(text, phrase.end):
            kind = "freed"  # "nine drivers held by bandits since Sept. 4 were released"
        if kind in ("other", "hostages") and _out_of_captors_hands(
            text, number, phrase, hostage_context=hostage_context, hijack=hijack
        ):
            kind = "freed"  # "the remaining 12 crew left aboard", "the other two were safe"
        if kind == "evacuated" and _lodged_when_it_struck(text, number, phrase):
            kind = "other"  # "412 pupils were sleeping in the hostels when the gunmen broke in"
        if kind == "wounded" and hostage_context and _checked_after_freedom(text, number, phrase):
            kind = "freed"  # "the 18 pupils who escaped … had been examined at the clinic"
        elif kind == "wounded" and _only_checked(text, number, phrase):
            if _RESCUED_WHO.search(phrase.who or ""):
                kind = "freed"  # "Nine rescued men were examined at the district hospital"
            elif phrase.head is None:
                # "All 12 are being checked at the clinic": a check-up of the people the
                # sentences before counted, in the kind they gave them
                kind, inherit = "inherit", True
        if kind == "wounded" and _next_part_of_freed(text, number, previous):
            kind = "freed"  # "the freed men, six surveyors and two drivers, were flown …"
        if kind in ("freed", "hostages", "other") and _bodies_of_them(text, phrase):
            kind, inherit = "killed", False  # "8 ferrymen, three of whose bodies were pulled …"
        if kind in ("freed", "hostages") and _member_of_a_toll(text, number, phrase, previous):
            kind, inherit = "killed", False  # "The toll stands at 9 — six ferrymen, a …"
        if kind == "wounded" and _died_after_admission(text, phrase):
            kind = "killed"  # "three of the people admitted to hospital on Thursday have died"
        elif kind == "wounded" and _died_after_injury(text, phrase):
            kind = "killed"  # "two more miners hurt in last month's gas blast … have died"
        if kind == "evacuated" and _injured_moved_on(text, number):
            kind = "wounded"  # "Four of the injured were flown by helicopter to the coast"
        if kind == "freed" and _discharged_part(text, number, phrase, previous):
            kind = "wounded"  # "Of the 76 admitted to hospital, 52 had been released"
        elif kind == "freed" and _freed_part_in_care(text, number, phrase):
            kind = "wounded"  # "The released climbers, including two boys, were treated …"
        if kind == "hostages" and _is_suspects(phrase.head):
            kind = "arrested"  # "three suspects held": held by the police
        who = phrase.who
        possessive = phrase.possessive_noun
        if (
            phrase.bare
            and previous is not None
            and not inherit
            and number.qualifier_start - previous.end <= 40
        ):
            # "five of its crew were out, but two still remained inside"
            who = previous.who
            possessive = previous.possessive_noun
        if phrase.bare and previous is not None and who is None:
            who = _bare_part_who(text, number, phrase, previous)
        if phrase.bare and inherit and who is None:
            who = _subject_group(text, number, phrase, _clause(text, number.start)[0])
        if phrase.bare and (
            _part_after_partitive_total(text, number, previous)
            or (previous is not None and who is not None and who == previous.who)
        ):
            # "…, nine were women and three were children": each part is the group it is said to be
            who = _subject_group(text, number, phrase, _clause(text, number.start)[0]) or who
        if phrase.anaphoric and phrase.partitive in ("them", "whom") and kind == "killed":
            who = _attacker_antecedent(text[: number.qualifier_start]) or who
        end = phrase.end
        after_kind = _KIND_WORD_AFTER.match(text, end)
        if after_kind and (phrase.bare or phrase.people):
            end = after_kind.end()
        figure = RawFigure(
            kind=kind,
            value=value,
            start=number.qualifier_start,
            end=end,
            qualifier=number.qualifier,
            value_max=number.value_max,
            who=who,
            possessive_noun=possessive,
            inherit=inherit,
        )
        whole = _all_attackers(text, number, phrase, figure)
        if whole is not None:
            # "all five gunmen were killed": five attackers, too; set before the fate, so
            # that a count after it pointing back still finds the fate last
            figures.append(whole)
        figures.append(figure)
        if labelled == "hostages":
            # "Guards held hostage: 12, all freed on Monday": held, and then freed.
            after = _right_cue(text, cues, phrase, _clause(text, number.start)[1], next_number)
            if after is not None and after.kind == "freed":
                figures.append(replace(figure, kind="freed", inherit=False))
        previous = figure
        covered = phrase.end
        total_at = None
        if phrase.named_total is not None:
            # "four of the nine were in a critical condition": the nine are the count the
            # sentences before named, of the kind they gave it.
            total_at = (phrase.named_total, "inherit", phrase.end)
        if phrase.total_start is not None and phrase.head:
            # Hostages, the dead and the wounded; "the 200 survivors" need not be rescued.
            total_kind = KIND_NOUNS.get(phrase.head.lower()) or (
                "killed" if phrase.head.lower() == "victims" and kind == "killed" else None
            )  # "nine of the 14 victims were students": the victims an article counts are its dead
            if phrase.attackers:
                total_kind = "attackers"  # "one of the two robbers was shot dead": two robbers
            elif phrase.head in _TAKEN_PARTICIPLES or _CAPTIVE_BEFORE_HEAD.search(
                text, phrase.total_start, phrase.end
            ):
                total_kind = "hostages"  # "four of the nine kidnapped farmers were freed"
            elif total_kind not in ("hostages", "killed", "wounded"):
                # "180 of the 263 patients evacuated on Monday", "two of the 30 rescued":
                # what befell the total
                done = _PARTICIPLE_AFTER.match(text, phrase.end)
                total_kind = (
                    _kind_of_word(done.group(1).lower())
                    if done
                    else "hostages"
                    if _HELD_AFTER.match(text, phrase.end)
                    else _kind_of_word(phrase.head.lower())
                    if phrase.head.lower() in _KIND_WORDS_AFTER_HEAD
                    else None
                )
            if total_kind is None and siege and _TAKEN_TOTAL_AFTER.match(text, phrase.end):
                total_kind = "hostages"  # "three of the 20 people taken on Monday are free"
            if (
                total_kind is None
                and "trapped" in text
                and _TRAPPED_TOTAL_AFTER.match(text, phrase.end)
            ):
                # "21 of the 23 men trapped in the tunnel were brought out": the total the
                # participle describes, missing after a collapse, held in a siege
                total_kind = "hostages" if siege else "missing"
            if total_kind in _FIGURE_KINDS or total_kind == "attackers":
                total_at = (phrase.total_start, total_kind, phrase.end)
    figures.extend(_zeros(text))
    if ", wh" in text:
        figures = _without_harm_inside_a_where_aside(text, figures)
    figures.sort(key=lambda f: f.start)
    return _dedupe(_without_overtaken(text, figures))


_BY_CAPTORS = re.compile(r"[^.;,]{0,40}?\bby\s+(?:the\s+|their\s+)?(?P<noun>[\w-]+)", re.IGNORECASE)


_DISCHARGED_AFTER = re.compile(
    r"\s+(?:(?:had|have|has|were|was)\s+)?(?:(?:been|since|now|already|later)\s+)*"
    r"(?:released|discharged|sent\s+home|allowed\s+(?:to\s+go\s+)?home)\b",
    re.IGNORECASE,
)


def _discharged_part(
    text: str, number: NumberMention, phrase: _Phrase, previous: RawFigure | None
) -> bool:
    """Return True when a part of the patients counted before was let go (``Of the 76
    people admitted to hospitals, 52 had been released``): hurt, not freed from captors."""
    return (
        previous is not None
        and previous.kind == "wounded"
        and previous.end <= number.qualifier_start
        and _OF_THE_BEFORE.search(text, max(0, previous.start - 20), previous.start) is not None
        and _DISCHARGED_AFTER.match(text, phrase.end) is not None
    )


_ARMED_MEN = re.compile(r"\b(?:armed|masked|hooded)\s+men\b", re.IGNORECASE)
"""``armed men``, ``masked men``: attackers named by what they carry or wear."""


def _held_by_captors(text: str, number: NumberMention, phrase: _Phrase) -> bool:
    """Return True when the clause of a count that was held names its holders as attackers
    (``rebels were holding 40 villagers``, ``12 held by gunmen``): held hostage, not by police."""
    start, _end = _clause(text, number.start)
    if _names_one_of(text, start, number.qualifier_start, ATTACKER_NOUNS):
        return True
    if ("med men" in text or "ked men" in text or "ded men" in text) and _ARMED_MEN.search(
        text, start, number.qualifier_start
    ):
        return True  # "the three armed men are holding up to 30 people"
    by = _BY_CAPTORS.match(text, phrase.end)
    return by is not None and by.group("noun").lower() in ATTACKER_NOUNS


def _described_total(
    text: str,
    cues: list[_Cue],
    number: NumberMention,
    phrase: _Phrase,
    next_number: int | None,
) -> str | None:
    """Return the kind of a total its own relative clause describes, before its parts.

    ``Of the 87 prisoners who fled through the fence, 52 had been recaptured``: the verb
    after the comma belongs to 52; 87 takes the kind of its relative clause (none here, so
    ``other``) or of its head (``Of the 30 hostages who were held in the hall, …``).
    """
    if next_number is None or not phrase.people:
        return None
    start = number.qualifier_start
    if "of" not in text[max(0, start - 12) : start].lower() or not _OF_THE_BEFORE.search(
        text, max(0, start - 20), start
    ):
        return None
    relative = _WHO_AFTER.match(text, phrase.end)
    if relative is None or relative.end() > next_number or next_number - relative.end() > 20:
        return None
    kind: str | None = None
    for cue in cues:
        if phrase.end <= cue.start and cue.end <= relative.end():
            held = phrase.kind_hint == "hostages"  # "Of the 20 hostages who were held …"
            k = (
                _CONTEXT_KINDS[cue.kind][0 if held else 1]
                if cue.kind in _CONTEXT_KINDS
                else cue.kind
            )
            if k in _FIGURE_KINDS and ("L" in cue.modes or "R" in cue.modes):
                kind = k
    return kind or phrase.kind_hint or "other"


_ATTACKERS_LABEL = re.compile(r"\W{0,6}(?P<label>[A-Za-z][A-Za-z' -]{0,30}?)\s*:[\s*_]*")
"""A fact box's label before its count: ``**Gunmen:** nine``, ``Gunmen: 12``."""


def _attackers_labelled(text: str, number: NumberMention) -> bool:
    """Return True for the count right after a list line's or fact box's label naming the
    attackers (``- **Gunmen:** nine, according to the footage``): the label is its noun,
    bold or not."""
    start = number.qualifier_start
    if start > 40 or ":" not in text[:start]:
        return False
    line = _ATTACKERS_LABEL.fullmatch(text, 0, start)
    return line is not None and line.group("label").split()[-1].lower() in ATTACKER_NOUNS


_OPEN_DASH_BEFORE = re.compile(r"\s[—–-]\s*$")
_CLOSED_BY_DASH = re.compile(r"[^.;:()—–]{0,80}?\s[—–]\s")


def _attackers_part_in_dashes(
    text: str, number: NumberMention, phrase: _Phrase, previous: RawFigure | None
) -> bool:
    """Return True for the attackers among the parts a dashed aside lists after a toll
    (``Nine died — five of the gunmen, three farmers and a guard — and 11 were hurt``): a
    part of the dead, whose kind the verb past the closing dash does not give."""
    return (
        previous is not None
        and previous.kind in ("killed", "wounded")
        and phrase.attackers
        and phrase.partitive is not None
        and _OPEN_DASH_BEFORE.search(
            text, max(0, number.qualifier_start - 4), number.qualifier_start
        )
        is not None
        and _CLOSED_BY_DASH.match(text, phrase.end) is not None
    )


def _label_kind(text: str, number: NumberMention) -> str | None:
    """Return the kind a list line's label gives its count (``Guards held hostage: 12``).

    Only a verb or state in the label counts (a bare noun such as ``Hostages:`` leaves the
    kind to the words after the count). People who escaped custody or are at large are
    ``other``: neither freed from captors nor missing.
    """
    start = number.qualifier_start
    if start > 48 or ":" not in text[:start]:
        return None
    line = _LIST_LABEL.fullmatch(text, 0, start)
    if line is None:
        return None
    label = line.group("label")
    if _AT_LARGE_LABEL.search(label):
        return "other"
    kind: str | None = None
    for cue in _cues(label):
        if cue.kind in _FIGURE_KINDS and ("L" in cue.modes or "R" in cue.modes):
            kind = cue.kind
    return kind


def _is_rate(text: str, number: NumberMention, phrase: _Phrase, next_number: int | None) -> bool:
    """Return True when the count is a rate (``20 patients an hour``, ``15 killed each
    month``): a rate word after it in its clause, before any other count."""
    end = min(len(text), phrase.end + 60)
    if next_number is not None:
        end = min(end, next_number)
    if not any(w in text[number.end : end] for w in _RATE_HINTS):
        return False  # most counts: no rate word at all
    gap_end = _RATE_GAP.match(text, number.end, end).end()  # type: ignore[union-attr]
    # The words after a rate decide it ("an hour later" is none): search past the gap and
    # keep a rate that starts within it.
    rate = _RATE.search(text, number.end, min(len(text), gap_end + 40))
    return rate is not None and rate.start() < gap_end


_RATE_HINTS = (
    " a ", " an ", "per ", "every ", "each ", "daily", "hourly", "nightly", "weekly",
    "monthly", "yearly", "annually", " A ", " An ", "Per ", "Every ", "Each ", " each,",
)  # fmt: skip


_PART_TIME_WORDS = re.compile(
    r"(?:\s+[a-z-]+){0,3}?(?:\s+(?:overnight|today|yesterday|tonight|earlier|later|"
    r"(?:on|by|since|at)\s+(?:[A-Z][a-z]+|dawn|dusk|noon|midnight)|(?:this|last)\s+"
    r"(?:morning|afternoon|evening|night|week)))?\s*(?:\s[-–—]|[–—])\s*"
    r"(?:[^–—.;:()\d]{1,40}?(?:,|\s+and)\s+)?$"
)
"""``released five more hostages overnight — three women and``: a dash that opens the parts
of the count before it, past that count's noun and a word of time."""


def _dash_part_of_released(text: str, number: NumberMention, previous: RawFigure | None) -> bool:
    """Return True for a part listed after a dash that opens right after a freed count
    (``let go of five hostages overnight — three women and two men``): the parts are freed
    too, whatever the head noun names (the captives' word, not their fate)."""
    return (
        previous is not None
        and previous.kind == "freed"
        and previous.end <= number.qualifier_start <= previous.end + 120
        and (
            _PART_TIME_WORDS.match(text, previous.end, number.qualifier_start) is not None
            # "— three women and two men": the list goes on past the first part
            or (
                _PARTS_JOIN.fullmatch(text, previous.end, number.qualifier_start) is not None
                and _DASH_PARTS.search(text, max(0, previous.start - 60), previous.start)
                is not None
            )
        )
    )


def _dash_opens_parts(text: str, start: int, end: int) -> bool:
    """Return True when a dash between a count (ending at ``start``) and the count at ``end``
    opens a list of its parts, with no other count and no new clause after the dash."""
    if not _DASHED.search(text, start, end):
        return False
    dash = _DASH_PARTS.search(text, start, end)
    return (
        dash is not None
        and not _ANY_DIGIT.search(text, start, dash.start())
        and not _LEFT_BLOCKERS.search(text, dash.start(), end)
    )


def _bare_part_who(
    text: str, number: NumberMention, phrase: _Phrase, previous: RawFigure
) -> str | None:
    """Return the group a bare part of a count names in its predicate (``31 people were
    wounded, of whom eight were police officers`` → police officers)."""
    if not _PARTS_MARK.search(text, previous.end, number.qualifier_start):
        return None
    part = _PART_WHO.match(text[phrase.end :])
    if not part or not re.match(r"\s+(?:are|were|is|was)\b", text[phrase.end :]):
        return None
    np = part.group("np").strip()
    last = np.split()[-1] if np.split() else ""
    if last.islower() and _is_people(last) and not _VERBLIKE_NP.search(np):
        return _clean_who(np)
    return None


def _part_of(text: str, number: NumberMention, previous: RawFigure) -> _Phrase | None:
    """Return the phrase of a part of the count before it (``15 people were arrested, among
    them two local councillors``): a part of a count of people counts people, whatever
    its noun, unless the noun names things."""
    if not _PARTS_MARK.search(text, previous.end, number.qualifier_start):
        return None
    m = _PART_NP.match(text, number.end)
    if not m:
        return None
    noun = m.group("noun")
    if _names_things(noun) or _TIME_AFTER.match(" " + noun):
        return None
    return _Phrase(end=m.end("np"), head=noun, who=_clean_who(m.group("np")), people=True)


def _open_object(text: str, cues: list[_Cue], number: NumberMention) -> _Phrase | None:
    """Return the phrase of a plural object of a verb that only takes people
    (``detained 9 suspected poachers``), which the people-noun list may not know."""
    left = _adjacent_left(text, cues, number)
    if left is None:
        return None
    moving = left.kind == "move"
    if not moving and not _PEOPLE_VERB.fullmatch(fold_case(text[left.start : left.end])):
        return None
    m = _OPEN_OBJECT.match(text, number.end)
    if not m:
        return None
    if m.group("bare") is not None:
        if moving:
            return None
        return _Phrase(end=number.end, bare=True)  # "detained 12 crossing the border"
    noun = m.group("noun")
    if _names_things(noun):
        return None
    if moving and not (
        _TO_SAFETY.match(text, m.end("np")) or _TO_HOSPITAL.match(text, m.end("np"))
    ):
        return None  # "ferried 600 islanders to safety", not "moved 20 crates to the yard"
    return _Phrase(
        end=m.end("np"),
        head=noun,
        who=_clean_who(m.group("np")),
        people=True,
        attackers=noun in ATTACKER_NOUNS,
        responders=noun in RESPONDER_NOUNS,
    )


def _open_subject(text: str, number: NumberMention) -> _Phrase | None:
    """Return the phrase of a plural subject of a strong casualty clause (``14 glassblowers
    were wounded``, ``the nine stevedores killed in the blast``) whose head the people-noun
    list does not know, unless the head is known to count things, animals or events."""
    m = _OPEN_SUBJECT.match(text, number.end)
    if not m or _PLACE_PREPOSITION_BEFORE.search(
        text, max(0, number.qualifier_start - 8), number.qualifier_start
    ):
        return None  # "40 children in 3 classrooms were injured": the count is where they were
    noun = m.group("noun")
    if (
        noun in NOT_PEOPLE_PLURALS
        or _names_things(noun)
        or noun in _NOT_PEOPLE_EVENTS
        or any(w in STOP_AFTER_NUMBER for w in m.group("np").split())
    ):
        return None
    return _Phrase(end=m.end("np"), head=noun, who=_clean_who(m.group("np")), people=True)


def _is_age(text: str, number: NumberMention, phrase: _Phrase) -> bool:
    """Return True for an age between commas after a name or a person (``the foreman, 47,``)."""
    if number.is_word or number.qualifier or number.value > 120 or not phrase.bare:
        return False
    if _FULL_NAME_BEFORE.search(text, max(0, number.start - 40), number.start) and _AGE_END.match(
        text, number.end
    ):
        return True  # "the driver, Keshav Bohara, 38, and …", "says Hauwa Ali, 42."
    if _AGE_BEFORE_DASH.match(text, number.end) and _FULL_NAME_BEFORE.search(
        text, max(0, number.start - 40), number.start
    ):
        return True  # "… the cook, Dele Okon, 52 — were buried on Friday"
    if _ONE_OF_THEM_BE.search(text, max(0, number.start - 50), number.start):
        return True  # "three suspects, one of them believed to be 17"
    if "to be" in text[max(0, number.start - 8) : number.start]:
        person = _ONE_SAID_TO_BE.search(text, max(0, number.start - 80), number.start)
        if (
            person
            and person.group(1).lower() in _SINGULAR_PEOPLE
            and _AGE_END.match(text, number.end)
        ):
            return True  # "the driver, thought to be 23, was …"
    if not _AGE_AFTER.match(text, number.end):
        # "The driver, 46, and his assistant": an age after one person, then the list goes on.
        person = _PERSON_BEFORE.search(text, max(0, number.start - 40), number.start)
        return bool(
            person
            and person.group(1).lower() in _SINGULAR_PEOPLE
            and _AND_AFTER_AGE.match(text, number.end)
        )  # "Britain, 3, France, 2": a list of counts, not an age
    return bool(_AGE_BEFORE.search(text, max(0, number.start - 40), number.start))


_HELD_AFTER = re.compile(
    r"\s+(?:(?:who\s+(?:were|was|are|is|had\s+been|have\s+been)|still|being)\s+)?"
    r"(?:abducted|kidnapped|seized|snatched|(?:still|being)\s+held|held\s+(?:hostage|captive)|"
    # "five of the six young men taken by the gunmen": taken by their captors
    r"(?:taken|carried\s+off|led\s+away)(?=\s+by\s+(?:the\s+)?(?:[\w-]+\s+)?(?:gunmen|"
    r"kidnappers|abductors|bandits|militants|rebels|attackers|raiders|pirates|captors|"
    r"assailants|militiamen|militia|fighters|insurgents|jihadists|armed\s+men)\b))\b"
    r"(?!\s+(?:the|a|an|their|his|her|its|\d)\b)"
    r"(?![^.;,]{0,30}\b(?:police|custody|troops|soldiers|army|authorities)\b)",
    re.IGNORECASE,
)
"""``(five of the seven tourists) kidnapped``, ``(20 of the 43 pupils) still held``: a total
its captors hold (not the police)."""
_TAKEN_PARTICIPLES = frozenset(("abducted", "kidnapped", "seized", "snatched"))
"""Participles of capture that may stand for a headline total's missing noun."""
_CAPTIVE_BEFORE_HEAD = re.compile(
    r"\b(?:"
    + "|".join(sorted(_TAKEN_PARTICIPLES | {"captive"}))
    + r")\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+$",
    re.IGNORECASE,
)
"""``(four of the nine) kidnapped farmers``, ``(of seven) abducted aid workers``: a total its
captors took, named before its noun."""
_TAKEN_TOTAL_AFTER = re.compile(
    r"(?:\s+and\s+[a-z-]+)?\s+(?:(?:who|that)\s+(?:were|was|had\s+been)\s+)?taken\s+"
    r"(?:on\s+(?!board\b|to\b)|during\b|last\b|in\s+(?:the|that|this)\s+(?:[\w-]+\s+)?"
    r"(?:raid|attack|abduction|kidnapping|assault|ambush)\b)|"
    r"\s+and\s+[a-z-]+\s+(?:abducted|kidnapped|seized|snatched)\b"
    r"(?!\s+(?:the|a|an|their|his|her|its|\d)\b)",
    re.IGNORECASE,
)
"""``(three of the 20 people) taken on Monday``, ``(Of the 14 workers) taken during the
raid``, ``(two of the 12 men and boys) abducted``: a total its captors took, dated by the
day or the raid (not ``taken to hospital`` nor ``taken on board``); read only where
people are held by others."""


def _taken_fronted_total(text: str, number: NumberMention, phrase: _Phrase) -> bool:
    """Return True for a fronted total of people its captors took (``Of the 20 people taken
    on Monday, three are free``): where people are held, the hostages it splits up."""
    if "taken" not in text[phrase.end : phrase.end + 40] or not phrase.people:
        return False
    before = text[max(0, number.qualifier_start - 12) : number.qualifier_start]
    return (
        _OF_THE_BEFORE.search(before) is not None
        and _TAKEN_TOTAL_AFTER.match(text, phrase.end) is not None
    )


_TRAPPED_TOTAL_AFTER = re.compile(
    r"\s+(?:who\s+(?:were|had\s+been)\s+)?trapped\b(?!\s+(?:the|a|an|their|his|her|its|\d)\b)",
    re.IGNORECASE,
)
"""``(21 of the 23 men) trapped in the tunnel``: a reduced relative on a total."""
_PARTICIPLE_AFTER = re.compile(
    r"\s+(evacuated|rescued|freed|released|injured|wounded|killed|arrested|detained)\b"
    r"(?!\s+(?:the|a|an|their|his|her|its|\d)\b)",
    re.IGNORECASE,
)
"""``(180 of the 263 patients) evacuated on Monday``: a reduced relative on a total."""


def _partitive_total(
    number: NumberMention, total_at: tuple[int, str, int] | None
) -> RawFigure | None:
    """Return the figure of a partitive's total (``72`` in ``71 of the 72 hostages``)."""
    if total_at is None or number.start != total_at[0]:
        return None
    return RawFigure(
        kind=total_at[1],
        value=number.value,
        start=number.qualifier_start,
        end=total_at[2],
        qualifier=number.qualifier,
        value_max=number.value_max,
        inherit=total_at[1] == "inherit",
    )


_ATTACKERS_FATES = ("killed", "wounded", "arrested")
"""What befalls attackers after their act, as a count of them says it."""


def _all_attackers(
    text: str, number: NumberMention, phrase: _Phrase, fate: RawFigure
) -> RawFigure | None:
    """Return the attackers' count that ``all`` or ``both`` gives beside their fate.

    ``all five gunmen were killed``, ``police arrested all three kidnappers``, ``both robbers
    were shot dead``: the whole group met the fate, so the count is also how many attackers
    there were, as the total of a partitive is (``one of the three kidnappers``). Without
    ``all`` or ``both`` (``five gunmen were killed``) the count may be a part of them.
    """
    if fate.kind not in _ATTACKERS_FATES or fate.inherit or not phrase.attackers:
        return None
    if phrase.total_start is not None or phrase.named_total is not None:
        return None  # "all three of the five gunmen": a part, whose total speaks for itself
    if number.text.lower() != "both" and not _ALL_BEFORE.search(
        text, max(0, number.qualifier_start - 16), number.qualifier_start
    ):
        return None
    return replace(fate, kind="attackers", who=None, possessive_noun=None)


_OF_THEM_CLOSED = re.compile(r"\s+of\s+them\s*(?:[,;.:!?\"”’)—–]|-\s|$)", re.IGNORECASE)
"""``… perhaps 70 of them`` set beside a clause: punctuation next, not a verb or a noun."""


_DESCRIBED_PART = re.compile(
    r"\s+of\s+(?:them|whom)\s+(?:(?:[a-z][\w-]*|\d+)\s+){0,2}?(?P<noun>[a-z][a-z-]+)\s+"
    r"(?:[a-z]+ed|swept|caught|taken|thrown|hit|shot|struck)\b"
)
"""``three of them children swept away``: a part of the count before, named by its group;
the participle after says what befell that group, not a new kind."""


def _described_part(text: str, number: NumberMention, phrase: _Phrase, previous: RawFigure) -> bool:
    """Return True for ``N of them <people> <participle>`` set after the count it is a part of
    (``floods killed 14 people, three of them children swept away while crossing``)."""
    if phrase.partitive != "them" or previous.end > number.qualifier_start:
        return False
    gap = text[previous.end : number.qualifier_start]
    if not gap.rstrip().endswith(",") or _ANY_DIGIT.search(gap) or len(gap) > 60:
        return False
    m = _DESCRIBED_PART.match(text, number.end)
    return m is not None and _is_people(m.group("noun"))


def _part_past_a_clause(
    text: str, number: NumberMention, phrase: _Phrase, previous: RawFigure | None
) -> bool:
    """Return True for ``N of them`` / ``of whom`` / ``of those`` with no kind of its own,
    after a larger count of its own sentence that no other number follows (``the clinic treated
    40 people for burns, but only nine of them needed a bed``): ``them`` is that
    count, past whatever clause boundary, not the count of the sentences before."""
    return (
        previous is not None
        and phrase.anaphoric
        and phrase.partitive in ("them", "whom", "those")
        and previous.end <= number.qualifier_start
        and previous.value > number.value
        and not _ANY_DIGIT.search(text, previous.end, number.qualifier_start)
    )


_REST_MARK_BEFORE = re.compile(
    r"\b(?:(?:the|their)\s+(?:other|remaining|last|final)|a\s+further|another)\s+$",
    re.IGNORECASE,
)
"""``the remaining two``, ``a further three``: the rest of a group counted before."""
_REST_GOT_AWAY = re.compile(
    r"(?:\s+(?:others|more))?[^.;:,\"“”]{0,40}?\b(?:escaped|fled|got\s+away|slipped\s+away|"
    r"ran\s+(?:off|away)|seen\s+running|on\s+the\s+run|at\s+large)\b",
    re.IGNORECASE,
)
"""``three others seen running from the roof``, ``up to five more escaped on foot``."""
_BY_FORCES = re.compile(
    r"\bby\s+(?:[\w-]+\s+){0,3}?(?:police|officers|troops|soldiers|guards?|commandos|"
    r"security\s+forces|the\s+army)\b",
    re.IGNORECASE,
)
"""``shot dead by police officers``: the forces that stopped the people counted."""
_RECAUGHT = re.compile(r"\b(?:caught|recaptured|re-?arrested)\b", re.IGNORECASE)
"""``three were caught``: people back in custody, who may have broken out of it."""
_FROM_CUSTODY = re.compile(
    r"\b(?:inmates?|prisoners?|convicts?|escapees?|detainees?|jail|prison|broke\s+out)\b",
    re.IGNORECASE,
)
"""People who got out of lawful custody: those who got away with them are no gang."""


def _rest_of_a_caught_gang(
    text: str, number: NumberMention, phrase: _Phrase, previous: RawFigure | None
) -> bool:
    """Return True for the rest of a group the sentence counted as caught, or killed by the
    police or troops, that got away (``detained two men and were searching for three others
    seen running from the roof``, ``three were shot dead by officers and the remaining two
    escaped``): the attackers, not captives who escaped nor people missing."""
    if previous is None or previous.end > number.qualifier_start or phrase.responders:
        return False
    if previous.kind == "killed":
        if previous.who is not None and not _names_attackers(previous.who):
            return False  # "two protesters were killed by police and three others fled"
        if not _BY_FORCES.search(text, previous.start, number.qualifier_start):
            return False
    elif previous.kind != "arrested" or _RECAUGHT.search(
        text, max(0, previous.start - 40), number.qualifier_start
    ):
        return False  # "Three were caught; the other four remain at large": escapees
    if _FROM_CUSTODY.search(text):
        return False  # "two inmates were shot dead by guards and three others escaped"
    rest = (
        phrase.more
        or _REST_MARK_BEFORE.search(
            text, max(0, number.qualifier_start - 20), number.qualifier_start
        )
        is not None
        or re.match(r"\s+(?:others|more)\b", text[number.end :]) is not None
    )
    return rest and _REST_GOT_AWAY.match(text, number.end) is not None


_REST_ONLY_BEFORE = re.compile(r"\b(?:the|their)\s+(?:remaining|last|final)\s+$", re.IGNORECASE)
"""``the remaining four``, ``the last two``: the rest of the group the sentences before
counted, whatever befell the others."""
_REST_FOUND_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s+(?:are|were|is|was|have\s+been|had\s+been)\s+(?:found|located|"
    r"traced)\b(?!\s+(?:dead|alive|safe|unhurt))",
    re.IGNORECASE,
)
"""``until the last six fishermen are found``: a search that goes on, not a finding."""


def _rest_of_a_count_before(
    text: str, number: NumberMention, phrase: _Phrase, kind: str | None
) -> bool:
    """Return True for ``the remaining N`` / ``the last N`` that gives no kind of its own
    (``asked to help identify the remaining five``) or only that they are to be found
    (``until the last six fishermen are found``): the rest of the count the sentences before
    gave."""
    if phrase.attackers or phrase.responders or not (phrase.bare or phrase.people):
        return False
    if phrase.kind_hint is not None or phrase.thing:
        return False
    if not _REST_ONLY_BEFORE.search(
        text, max(0, number.qualifier_start - 20), number.qualifier_start
    ):
        return False
    return kind is None or bool(_REST_FOUND_AFTER.match(text, phrase.end))


_THEY_CAME = re.compile(
    r"[\"“‘]\s*(?:they|They)\s+(?:came|arrived|attacked|stormed|struck|descended|"
    r"rode\s+in)\b(?!\s+(?:out|back|home|ashore|down|off|to\s+safety)\b)[^.;!?\"”]{0,60}?,\s*"
    r"(?:[a-z]+\s+){0,2}$"
)
"""``"They arrived before dawn, perhaps 300 of them``: a witness's words for the people who came at
them, counted beside the clause; the count is the attackers'."""


def _they_came_count(text: str, number: NumberMention, phrase: _Phrase) -> bool:
    """Return True for ``N of them`` set beside a quoted clause whose subject is ``they`` who
    came, arrived or stormed (``"They came on foot, perhaps 60 of them, with machetes``);
    a narrator's ``they`` may be rescuers arriving, a witness's is the people who attacked."""
    if phrase.partitive != "them" or not _OF_THEM_CLOSED.match(text, number.end):
        return False
    start = max(0, number.qualifier_start - 120)
    if "hey " not in text[start : number.qualifier_start]:
        return False
    return _THEY_CAME.search(text, start, number.qualifier_start) is not None


_FREED_RELATIVE = re.compile(
    r"\s+(?:who|that)\s+(?:had\s+)?(?:escaped|fled|got\s+away|slipped\s+away|"
    r"(?:were|was|had\s+been|have\s+been)\s+(?:freed|released|rescued))\b",
    re.IGNORECASE,
)
_CHECKED = re.compile(r"\b(?:examined|checked|seen)\s+(?:at|in|by)\b", re.IGNORECASE)
_HARM_WORDS = re.compile(
    r"\b(?:injur\w*|wound\w*|hurt|treated|condition|cuts?|burns?|fractur\w*|surgery|"
    r"admitted|dehydrat\w*)\b",
    re.IGNORECASE,
)
_FREED_HEADS = word_set("escapees")


_LODGED = re.compile(
    r"\b(?:housed|housing|sleeping|slept|staying|stayed|living|lived)\b", re.IGNORECASE
)
_AT_THE_TIME = re.compile(r"\b(?:when|at\s+the\s+time)\b", re.IGNORECASE)


def _lodged_when_it_struck(text: str, number: NumberMention, phrase: _Phrase) -> bool:
    """Return True when a count of people housed or sleeping somewhere says they were there
    when the event struck: people present (``the base housed about 180 soldiers at the
    time``, ``400 pupils were sleeping in the dormitories when the raiders came``), not
    people moved out of their homes."""
    start, end = _clause(text, number.start)
    return (
        _LODGED.search(text, start, end) is not None
        and _AT_THE_TIME.search(text, phrase.end, end) is not None
    )


_IN_CARE = re.compile(
    r"\b(?:(?:is|are|was|were|being|been|remain\w*|still|now)\s+(?:still\s+|now\s+)?"
    r"(?:treated|admitted|hospitali[sz]ed|in\s+(?:hospital|intensive\s+care|a\s+serious|"
    r"a\s+critical|(?:a\s+)?(?:serious|critical|stable)\s+condition))"
    # "two survivors remain at Kanoni health centre", "four remain under observation"
    r"|remain\w*\s+(?:under\s+observation|(?:in|at)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:hospitals?|clinics?|health\s+(?:cent(?:re|er)s?|posts?)))"
    r"|receiving\s+treatment|under\s+treatment|(?:rushed|taken|flown|airlifted|transferred)\s+"
    r"to\s+(?:[\w-]+\s+){0,4}?(?:hospitals?|clinics?))\b",
    re.IGNORECASE,
)
"""``are being treated``, ``had been admitted``, ``remain in hospital``: in care for wounds."""
_RESCUE_VERB = re.compile(r"\b(?:rescued|pulled|saved|freed|released|plucked|dug)\b", re.I)


def _survivors_in_care(text: str, phrase: _Phrase, clause_end: int) -> bool:
    """Return True when survivors the clause puts in care are the wounded: ``six survivors are
    being treated in hospital``, ``said 17 survivors had been admitted``, ``three survivors
    remain in hospital`` (still in hospital is wounded); not ``12 survivors were rescued
    and treated at the scene``, where the rescue is the news."""
    if phrase.split_total or (phrase.head or "").lower() not in ("survivors", "survivor"):
        return False  # "Of the 19 survivors, eight were in critical condition": the part's
    rest = text[phrase.end : clause_end]
    care = _IN_CARE.search(rest)
    return care is not None and _RESCUE_VERB.search(rest, 0, care.start()) is None


_CHECKED_AT_CARE = re.compile(
    r"\b(?:examined|checked)\s+(?:over\s+)?(?:at|in|by)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:hospitals?|clinics?|infirmary|doctors|medics|nurses|health|medical)\b",
    re.IGNORECASE,
)
_RESCUED_WHO = re.compile(r"\b(?:rescued|freed|released)\b", re.IGNORECASE)


_FREED_GROUP_PARTS = re.compile(
    r"\b(?:freed|released|rescued|liberated)\s+(?:[a-z-]+\s+)?[a-z-]+s\s*[,–—]\s*"
    r"(?:among\s+(?:them|whom)|including)\s+$",
    re.IGNORECASE,
)


_FREED_GROUP_APPOSED = re.compile(
    r"\b(?:freed|released|rescued|liberated)\s+(?:[a-z-]+\s+)?[a-z-]*(?:s|men|people|children)"
    r"\s*,\s*$",
    re.IGNORECASE,
)
"""``the freed men, (six surveyors …)``: a group out of captivity with its parts in
apposition."""


def _next_part_of_freed(text: str, number: NumberMention, previous: RawFigure | None) -> bool:
    """Return True when a count is the next part of a freed group's list (``the freed men,
    six surveyors and two drivers,``): it takes the first part's kind, not the verb's."""
    if previous is None or previous.kind != "freed":
        return False
    if _MEMBER_JOIN.fullmatch(text, previous.end, number.qualifier_start) is None:
        return False
    before = text[max(0, previous.start - 80) : previous.start]
    return bool(_FREED_GROUP_PARTS.search(before) or _FREED_GROUP_APPOSED.search(before))


_WHOSE_BODIES = re.compile(r"\s*,\s*(?:[\w-]+\s+of\s+)?whose\s+bodies\b", re.IGNORECASE)


def _bodies_of_them(text: str, phrase: _Phrase) -> bool:
    """Return True when a relative clause right after a count speaks of its people's bodies
    (``six miners, whose bodies were pulled from a pit``): they are dead, whatever verb of
    rescue the clause uses."""
    return "bodies" in text and _WHOSE_BODIES.match(text, phrase.end) is not None


_TOLL_LIST_OPEN = re.compile(
    r"\b(?:dead|toll|victims)(?:\s+(?:now\s+)?(?:stands|stood|rose|rises|has\s+risen|is|was)\s+"
    r"(?:at|to)\s+[\w,]+)?\s*(?:[—–:]\s*|\s+(?:are|were|include|included)\s+)",
    re.IGNORECASE,
)
_OWN_VERB_AFTER = re.compile(
    r"\s+(?:were|was|are|is|have|has|had|remain|remained)\b", re.IGNORECASE
)


def _member_of_a_toll(
    text: str, number: NumberMention, phrase: _Phrase, previous: RawFigure | None
) -> bool:
    """Return True for a member of the list a toll opens (``the toll now stands at 9 — six
    ferrymen, a guard and two of the abducted girls``, ``The 12 dead are …``) that a
    word inside a later member (``abducted``) or a rescue verb made captives or freed: the
    members are dead, as the toll says, unless the member has a verb of its own."""
    if previous is None or previous.kind != "killed" or _OWN_VERB_AFTER.match(text, phrase.end):
        return False
    window_start = max(0, number.qualifier_start - 200)
    opened = None
    for found in _TOLL_LIST_OPEN.finditer(text, window_start, number.qualifier_start):
        opened = found  # the last list a toll opens before the count
    if opened is None or previous.start < opened.start() - 30:
        return False
    return "." not in text[opened.end() : number.qualifier_start].replace(".,", "")


_DIED_AFTER_ADMISSION = re.compile(
    r"\s+(?:(?:who|that)\s+(?:were|was|had\s+been|have\s+been)\s+)?(?:admitted|taken|rushed|"
    r"brought|flown)\s+(?:to|at|in)\s+[^.;,]{1,60}?\s+(?:have|has|had)\s+(?:since\s+|now\s+|"
    r"later\s+|also\s+)?(?:died|succumbed)\b",
    re.IGNORECASE,
)


def _died_after_admission(text: str, phrase: _Phrase) -> bool:
    """Return True when the people a count names were taken into hospital and the main verb
    after that participle says they have died (``three of the people admitted to the town
    clinic overnight have died``): the death is the news, not the admission."""
    if "died" not in text and "succumbed" not in text:
        return False
    return _DIED_AFTER_ADMISSION.match(text, phrase.end) is not None


_DIED_AFTER_INJURY = re.compile(
    r"\s+(?:(?:who|that)\s+(?:were|was|had\s+been)\s+)?(?:injured|wounded|hurt)\s+"
    r"(?:in|during|when|by|at)\s+(?:(?!\b(?:said|says|say|told|tell)\b)[^.,;:!?]){1,110}?\s+"
    r"(?:have|has|had)\s+(?:since\s+|now\s+|"
    r"later\s+|also\s+)?(?:died|succumbed)\b",
    re.IGNORECASE,
)


def _died_after_injury(text: str, phrase: _Phrase) -> bool:
    """Return True when the people a count names were hurt in the event and the main verb
    after the participle's phrase, however long, says they have died (``two more porters
    injured in Sunday's landslide on the pass above the camp have died``): the hurt who die
    are the dead (see docs/architecture.md, "The hurt who then die")."""
    if "died" not in text and "succumbed" not in text:
        return False
    return _DIED_AFTER_INJURY.match(text, phrase.end) is not None


_OF_THE_INJURED = re.compile(r"\s+of\s+the\s+(?:injured|wounded|hurt)\b", re.IGNORECASE)


def _injured_moved_on(text: str, number: NumberMention) -> bool:
    """Return True for ``N of the injured`` (or ``wounded``): people already hurt, whom a move
    (``were taken by helicopter to the capital``) does not make evacuees."""
    return "of the" in text and _OF_THE_INJURED.match(text, number.end) is not None


def _freed_part_in_care(text: str, number: NumberMention, phrase: _Phrase) -> bool:
    """Return True when a part listed after a group out of captivity is put in care by the
    clause: ``the released climbers, including two boys, were treated for frostbite``.

    Treatment or a stay in hospital makes them wounded; a group only ``examined`` at a
    clinic, or taken there ``for checks``, stays freed (see _checked_after_freedom).
    """
    before = text[max(0, number.qualifier_start - 80) : number.qualifier_start]
    if _FREED_GROUP_PARTS.search(before) is None and _FREED_GROUP_APPOSED.search(before) is None:
        return False
    rest = text[phrase.end : _clause(text, number.start)[1]]
    if _CHECK_UP.search(rest) and _HARM_WORDS.search(rest) is None:
        return False  # "were taken to the county hospital for checks"
    return _IN_CARE.search(rest) is not None


_CHECK_UP = re.compile(
    r"\bfor\s+(?:a\s+|routine\s+|medical\s+)*(?:checks?|check-ups?|checkups?|observation|"
    r"examinations?|tests)\b",
    re.IGNORECASE,
)


_NEXT_COUNT_CLAUSE = re.compile(
    r",?\s+(?:and|but|while)\s+(?:that\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve)\b)",
    re.IGNORECASE,
)
"""``…, and six stayed in``: a clause of another count, with its own verb."""


def _only_checked(text: str, number: NumberMention, phrase: _Phrase) -> bool:
    """Return True when the clause only has people ``examined`` or ``checked`` at a care
    place, with no word of harm or treatment: a check-up, not a wound."""
    if "checked" not in text and "examined" not in text:
        return False
    rest = text[phrase.end : _clause(text, number.start)[1]]
    if (count := _NEXT_COUNT_CLAUSE.search(rest)) is not None:
        rest = rest[: count.start()]  # "…, and six stayed in to be treated": that count's care
    return _CHECKED_AT_CARE.search(rest) is not None and _HARM_WORDS.search(rest) is None


_EXAMINED_PREDICATE = re.compile(
    r"\s+(?:were|was|are|is|have\s+been|had\s+been)\s+(?:all\s+)?(?:being\s+)?"
    r"(?:examined|checked)\b(?!\s+(?:for\s+)?(?:injur|wound|burns|cuts))",
    re.IGNORECASE,
)
"""``(All 26) were examined``, ``(Five) are being checked``: a check-up as the predicate."""
_FURTHER_GROUP_BEFORE = re.compile(r"\b(?:another|other|further|more)\s+$", re.IGNORECASE)
"""``another``, ``a further`` right before a count: people besides those counted before."""
_THE_OTHER_BEFORE = re.compile(r"\bthe\s+other\s+$", re.IGNORECASE)
"""``the other 16``: the rest of a group counted before, not a further one."""
_CHECK_CLAUSE_END = re.compile(r"[,;.]")
"""Where the clause of a check-up ends, for the harm words looked for in it."""


def _examined_count(text: str, number: NumberMention, phrase: _Phrase) -> bool:
    """Return True when a count with no noun (``All 26``, ``Four``) is only examined or
    checked, with no harm named in its clause (``All 26 were examined by medics in a tent``,
    ``Four were checked at the clinic and went home``): in a siege or a kidnapping,
    people out of their captors' hands (the conventions' ``Examined after captivity``)."""
    if "xamined" not in text and "checked" not in text:
        return False
    further = _FURTHER_GROUP_BEFORE.search(
        text, max(0, number.qualifier_start - 14), number.qualifier_start
    )
    if phrase.more or (further and not _THE_OTHER_BEFORE.search(text, 0, number.qualifier_start)):
        # "Another 20 were examined": a further group, not the captives ("the other 16 were
        # checked by medics", after a part of the freed was treated, is the rest of them)
        return False
    m = _EXAMINED_PREDICATE.match(text, phrase.end)
    if m is None:
        return False
    stop = _CHECK_CLAUSE_END.search(text, m.end())
    return _HARM_WORDS.search(text, m.end(), stop.start() if stop else len(text)) is None


def _checked_after_freedom(text: str, number: NumberMention, phrase: _Phrase) -> bool:
    """Return True when people a phrase names as out of their captors' hands are only
    ``examined`` or ``checked`` at a clinic: a check-up, not a wound.

    ``the 18 pupils who escaped from the gunmen had been examined at the clinic``, ``the
    three released captives were checked at the hospital``.
    """
    head = (phrase.head or "").lower()
    who = (phrase.who or "").lower().split()
    freed = (
        head in _FREED_HEADS
        or any(word in _CAPTIVITY_ENDED for word in who[:-1])
        or _FREED_RELATIVE.match(text, phrase.end) is not None
    )
    if not freed:
        return False
    rest = text[phrase.end : _clause(text, number.start)[1]]
    return _CHECKED.search(rest) is not None and _HARM_WORDS.search(rest) is None


def _last_people_noun(before: str) -> str | None:
    """Return the last plural people noun of the sentence before a ``them``, lower-cased.

    ``the bandits came from the east, on foot, perhaps 70`` → ``bandits``.
    """
    start = max(before.rfind(". "), before.rfind("? "), before.rfind("! ")) + 1
    last: str | None = None
    for m in _TOKEN.finditer(before, start):
        low = m.group(0).lower()
        if _plural_people(low) or low in ATTACKER_NOUNS:
            last = low
    return last


def _attacker_antecedent(before: str) -> str | None:
    """Return the last attackers' noun before a ``them``.

    ``… fire with the kidnappers, killing three of them`` → ``kidnappers``.
    """
    last: str | None = None
    for m in _TOKEN.finditer(before):
        if m.group(0).lower() in ATTACKER_NOUNS:
            last = m.group(0)
    return last


_NOT_ONE = re.compile(
    r"\b[Nn]ot\s+(?:one|a\s+single)\s+(?:of\s+(?:the|them|our|their|my|his|her|its)\s+)?"
    r"(?:[\w-]+\s+){0,2}?"
    r"(?:was|were|has\s+been|had\s+been|is|got)\s+(?:seriously\s+|badly\s+)?"
    r"(?P<verb>hurt|injured|wounded|harmed|killed|arrested|detained)\b"
)
"""``Not one of the guards was hurt``, ``not a single pupil was injured``: a zero said by its
count (the ``one`` is no count of one)."""
_NOT_ONE_BEFORE = re.compile(r"\b[Nn]ot\s+(?:a\s+single\s+)?$")


_NONE_OF_WHOM = re.compile(
    r",\s+(?:none|neither)\s+of\s+whom\s+(?:was|were|has\s+been|had\s+been|is|are)\s+"
    r"(?:seriously\s+|badly\s+|critically\s+|reported\s+)?"
    r"(?P<verb>hurt|injured|wounded|harmed|killed|arrested|detained)\b",
    re.IGNORECASE,
)
"""``six guards, none of whom was hurt``: a zero of the group the count before named."""


def _none_of_whom_zeros(text: str) -> list[RawFigure]:
    """Return the zeros ``text`` states of a group it has just named (``guarded by eight
    policemen, none of whom was hurt``, ``four children, none of whom was seriously
    hurt``)."""
    return [
        RawFigure(
            kind=_HEDGED_KINDS[m.group("verb").lower()], value=0, start=m.start() + 2, end=m.end()
        )
        for m in _NONE_OF_WHOM.finditer(text)
    ]


def _not_one_zeros(text: str) -> list[RawFigure]:
    """Return the zeros ``text`` states as ``not one …`` or ``not a single …``."""
    return [
        RawFigure(kind=_HEDGED_KINDS[m.group("verb")], value=0, start=m.start(), end=m.end())
        for m in _NOT_ONE.finditer(text)
    ]


_NOT_ONE_LIFE = re.compile(
    r"\b[Nn]ot\s+(?:one|a\s+single)\s+(?:of\s+(?:the|them|our|their|my|his|her|its)\s+)?"
    r"(?:[\w-]+\s+){0,2}?lost\s+(?:his|her|their)\s+(?:own\s+)?life\b"
)
"""``Not a single ranger lost his life``, ``not one of our men lost his life``: the zero of
the dead said in words of a life lost (``not one gave his life in vain`` is no zero)."""


def _not_one_life_zeros(text: str) -> list[RawFigure]:
    """Return the zeros of the dead ``text`` states as ``not a single … lost his life``."""
    return [
        RawFigure(kind="killed", value=0, start=m.start(), end=m.end())
        for m in _NOT_ONE_LIFE.finditer(text)
    ]


_NOBODY_HELD_NOW = re.compile(
    r"\b(?:no(?:body|\s+one|-one))\s+(?:is|are)\s+(?:still\s+|now\s+)?(?:being\s+)?held"
    r"(?:\s+(?:captive|hostage))?\s+(?:any\s+longer|anymore|any\s+more)\b|"
    r"\b(?:no(?:body|\s+one|-one))\s+(?:is|are)\s+(?:still|now)\s+(?:being\s+)?held"
    r"(?:\s+(?:captive|hostage))?\s*(?:[,.;!?\"”]|$)",
    re.IGNORECASE,
)
"""``No one is being held any more``, ``nobody is still held``: no hostages now (not
``no one is being held responsible``, a blame)."""


def _nobody_held_zeros(text: str) -> list[RawFigure]:
    """Return the zero of hostages a sentence states of the people held (``No one is being
    held any longer,`` the mediator said)."""
    return [
        RawFigure(kind="hostages", value=0, start=m.start(), end=m.end())
        for m in _NOBODY_HELD_NOW.finditer(text)
    ]


_NOBODY_TAKEN = re.compile(
    r"\b(?:no(?:body|\s+one|-one)|none(?:\s+of\s+(?:them|us|(?P<group>(?:the|our|their|its)\s+"
    r"(?:[\w-]+\s+){0,2}?(?P<gnoun>[\w-]+)))(?:\s+[a-z]{3,}ing(?:\s+[\w'’-]+){0,10}?)?)?|"
    r"no\s+(?P<noun>[a-z-]{3,}))\s+"
    r"(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:(?P<taken>taken|abducted|kidnapped|seized)"
    r"(?:\s+(?:captive|hostage|away))?|(?P<freed>released|freed))"
    r"(?=\s*(?:[,.;:!?\"”)]|$)|\s+(?:in\s+(?:that|the|this)\s+(?:[\w-]+\s+)?(?:attack|raid|assault|"
    r"ambush)\b|during\b|"
    r"by\s+(?:the\s+)?(?:gunmen|kidnappers|abductors|attackers|militants|bandits|raiders|captors|"
    r"hijackers|pirates|rebels)\b|by\s+\d|by\s+(?:late|early|mid|noon|midnight|nightfall|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b|so\s+far\b|yet\b))",
    re.IGNORECASE,
)
"""``No one was taken in the first raid``, ``No soldiers were taken captive``, ``None of the
women praying at the back was taken``, ``Nobody had been released by 6 p.m.``: a zero of the
people taken (``hostages``) or let go by their captors (``freed``). The verb ends the clause
or names the attack, the captors or the hour; ``taken to hospital``, ``taken into
custody``, ``released from hospital`` or ``on bail`` are other stories, and a group that
names no people (``none of the cash was taken``) is no zero."""


_TAKEN_ZERO_WORDS = ("taken", "abducted", "kidnapped", "seized", "released", "freed")
"""Literal pre-check of :data:`_NOBODY_TAKEN`: one of its verbs."""


def _nobody_taken_zeros(text: str) -> list[RawFigure]:
    """Return the zeros of hostages (``no one was taken``) and of the freed (``nobody had
    been released``) ``text`` states."""
    found: list[RawFigure] = []
    for m in _NOBODY_TAKEN.finditer(text):
        noun = m.group("noun") or m.group("gnoun")
        if noun and not _is_people(noun):
            continue  # "no cash was taken", "none of the documents was taken"
        if m.group("freed") and (m.group("group") or m.group("noun")):
            low = (m.group("group") or m.group("noun") or "").lower()
            if any(w in low for w in ("suspect", "detainee", "prisoner", "inmate", "accused")):
                continue  # suspects or inmates not released are no captives
        kind = "freed" if m.group("freed") else "hostages"
        found.append(RawFigure(kind=kind, value=0, start=m.start(), end=m.end()))
    return found


_NO_NATIONALS_AMONG = re.compile(
    r"\b[Nn]o\s+(?P<group>[A-Z][a-z]+(?:an|ian|ean|ese|ish|ch|i)\s+(?P<noun>[a-z-]+))\s+"
    r"(?:was|were|is|are|had\s+been|have\s+been|has\s+been)\s+"
    r"(?:(?:believed|thought|known|reported|said)\s+to\s+(?:be|have\s+been)\s+)?"
    r"(?P<verb>hurt|injured|wounded|killed|among\s+the\s+(?:dead|injured|wounded|victims|"
    r"fatalities|hostages|captives))(?![\w-])"
)
"""``no Malian nationals were among the dead``, ``No Dutch tourists were hurt``: the zero of a
group a nationality names (the zeros of a lower-case group do without the capital)."""


def _nationals_zeros(text: str) -> list[RawFigure]:
    """Return the zeros of a group named by its nationality (``no Kenyan nationals were among
    the dead``): one for each people noun, of the kind its verb names."""
    found: list[RawFigure] = []
    for m in _NO_NATIONALS_AMONG.finditer(text):
        if not _is_people(m.group("noun")):
            continue
        verb = m.group("verb").lower()
        kind = _harmed_kind(verb.split()[-1])
        who = _clean_who(m.group("group"))
        found.append(RawFigure(kind=kind, value=0, start=m.start(), end=m.end(), who=who))
    return found


def _zeros(text: str) -> list[RawFigure]:
    found: list[RawFigure] = []
    if "ot one " in text or "ot a single " in text:
        found.extend(_not_one_zeros(text))
        found.extend(_not_one_life_zeros(text))
    if "of whom" in text:
        found.extend(_none_of_whom_zeros(text))
    if "ot hurt any" in text or "ot harmed any" in text or "ot injured any" in text:
        found.extend(
            RawFigure(kind="wounded", value=0, start=m.start(), end=m.end())
            for m in _NOT_HURT_ANYONE.finditer(text)
        )
    if any(map(text.__contains__, _TAKEN_ZERO_WORDS)) and _NEGATION.search(text):
        found.extend(_nobody_taken_zeros(text))
    # The negation first: it is the rarer of the two, and the cheaper to look for.
    if not _NEGATION.search(text) or not any(map(text.lower().__contains__, _ZERO_WORDS)):
        return found
    if "held" in text:
        found.extend(_nobody_held_zeros(text))
    if "o " in text:
        found.extend(_nationals_zeros(text))
    for kinds, pattern in _ZEROS:
        for m in pattern.finditer(text):
            among = _AMONG_WHO.search(m.group(0))
            who = (
                among.group("noun")
                if among
                and among.group("noun").lower()
                not in (
                    "them",
                    "us",
                    "those",
                )
                else None
            )
            for kind in kinds:
                found.append(RawFigure(kind=kind, value=0, start=m.start(), end=m.end(), who=who))
    if ", wh" in text:
        found.extend(_no_one_past_a_where_aside(text))
    for m in _NO_ONE_HEDGED.finditer(text):
        verb = m.group("verb").lower()
        if verb.startswith("among"):
            kind = _harmed_kind(verb.split()[-1])  # "none of the guards was among the dead"
        else:
            kind = "missing" if verb.startswith("unaccounted") else _HEDGED_KINDS[verb]
        found.append(RawFigure(kind=kind, value=0, start=m.start(), end=m.end()))
    groups = _NO_GROUP_HARMED.finditer(text)
    if "among the" in text:
        groups = chain(groups, _NONE_AMONG.finditer(text))
    for m in groups:
        # "No rescuers have been hurt", "no police officers were killed"
        noun = m.group("noun")
        if not (_is_people(noun) or noun.lower() in _HELD_SINGULAR):
            continue
        verb = m.group("verb").lower()
        # "no firefighters were among the dead", "… among the dead or injured": each group
        if verb.startswith("among those"):
            verbs = verb.split()[-1:]  # "among those still held": what befell those
        else:
            verbs = verb.split()[2::2] if verb.startswith("among") else [verb]
        who = None if noun.lower() in GENERIC_PEOPLE else _clean_who(m.group("group"))
        for named in verbs:
            found.append(
                RawFigure(kind=_harmed_kind(named), value=0, start=m.start(), end=m.end(), who=who)
            )
    return found


_NOT_HURT_ANYONE = re.compile(
    r"\b(?:had|has|have|did)\s+not\s+(?:hurt|harmed|injured)\s+(?:anyone|anybody)\b"
)
"""``the men had not hurt anyone``: a verb of harm, in the past, whose object is nobody (not
``would never hurt anyone``, a word on someone's nature)."""
_HELD_SINGULAR = frozenset(("hostage", "captive"))
"""``No hostage was killed``: a singular of the held that the people nouns leave out."""


def _harmed_kind(verb: str) -> str:
    """Return the kind a zero's verb or ``among the …`` noun names (``dead`` → killed)."""
    if verb in ("killed", "dead", "victims", "fatalities"):
        return "killed"
    if verb.startswith(("missing", "unaccounted")):
        return "missing"
    if verb in (
        "hostages",
        "captives",
        "held",
        "abducted",
        "kidnapped",
        "seized",
    ) or verb.startswith(("taken", "in the hands", "in captivity")):
        return "hostages"
    return "wounded"


def _without_overtaken(text: str, figures: list[RawFigure]) -> list[RawFigure]:
    """Drop an earlier estimate (``had earlier put the toll at six``) that a later count of
    the same kind in the sentence overtakes."""
    if len(figures) < 2 or not _EARLIER_ANYWHERE.search(text):
        return figures
    return [
        fig
        for fig in figures
        if not (
            _EARLIER_ESTIMATE.search(text, max(0, fig.start - 90), fig.start)
            and any(f.kind == fig.kind and f.start >= fig.end for f in figures)
        )
    ]


_EARLIER_FIGURES = re.compile(
    r"\b(?:(?:higher|lower|more|fewer|greater|smaller|larger)\s+than|(?:up|down)\s+from|replac\w*|"
    r"revis\w*|updat\w*|correct\w*|supersed\w*)\s+(?:(?:the|those|its|their)\s+"
    r"(?:(?:earlier|previous|initial|first|original)\s+)?(?:figures?|numbers?|tolls?|tall(?:y|ies)|"
    r"counts?|estimates?)|those)\s+(?:(?:it|they|police|officials|authorities)\s+)?(?:had\s+)?"
    r"(?:released|given|gave|reported|announced|issued|published)\b[^.;\d]{0,90}$|"
    # "differs from the account given on Tuesday evening, when police said eight …": a
    # release dated before, whatever the comparison.
    r"\b(?:figures?|numbers?|tolls?|tall(?:y|ies)|counts?|estimates?|accounts?|versions?)\s+"
    r"(?:(?:it|they|police|officials|authorities)\s+)?(?:had\s+)?(?:released|given|gave|"
    r"reported|announced|issued|published)\s+(?:(?:late|early)\s+)?(?:on|last|earlier|the\s+"
    r"(?:previous|day\s+before))\b[^.;\d]{0,40}?,\s+when\b[^.;\d]{0,60}$",
    re.IGNORECASE,
)
"""``higher than the figures released on Saturday night, when police said four people had
died``, ``the account given on Tuesday, when police said …``: the counts an update
replaced (not ``differ from those given by the mayor``, a rival count)."""


_PREVIOUS_TOLL = re.compile(
    r"\b(?:previous|earlier|initial|original|first|old)\s+(?:official\s+|confirmed\s+|death\s+)*"
    r"(?:toll|tally|count|figure|total|estimate)(?:\s*,[^.;,\d]{1,40},)?\s+(?:was|had\s+been|"
    r"stood\s+at|had\s+stood\s+at)\s+(?:at\s+)?(?:(?:about|around|at\s+least|some)\s+)?$",
    re.IGNORECASE,
)
"""``The previous official toll, given on Thursday, was 35``: a toll named as an old one."""


def is_earlier_estimate(text: str, start: int) -> bool:
    """Return True when the count at ``start`` of sentence ``text`` is an estimate the
    source gave before (``The police had earlier put the toll at 23.``)."""
    window = text[max(0, start - 160) : start].lower()
    return bool(
        (
            any(map(window[-90:].__contains__, _EARLIER_COUNT_WORDS))
            and _EARLIER_COUNT.search(text, max(0, start - 90), start)
        )
        or (
            any(map(window.__contains__, _EARLIER_FIGURES_WORDS))
            and _EARLIER_FIGURES.search(text, max(0, start - 160), start)
        )
        or (
            any(map(window[-90:].__contains__, _PREVIOUS_TOLL_WORDS))
            and _PREVIOUS_TOLL.search(text, max(0, start - 90), start)
        )
        or _said_before_at_a_time(text, window, start)
    )


_EARLIER_VERSION = re.compile(
    r"\b(?:an?\s+|the\s+)?(?:earlier|previous|original|first|initial)\s+version\s+of\s+"
    r"(?:this|the|our|that)\s+(?:[\w-]+\s+)?(?:report|story|article|page|post|blog|update|"
    r"item|dispatch)\b[^.;\d]{0,60}?\b(?:said|stated|reported|gave|put|wrongly)\b[^.;\d]{0,40}$",
    re.IGNORECASE,
)
"""``Correction: an earlier version of this page said 31 people …``, ``An earlier version of
this report, published on Friday, said three guards …``: the count the outlet corrected."""
_SAID_AT_A_TIME = re.compile(
    r"\bhad\s+(?:(?:earlier|initially|first|originally|previously)\s+)?(?:(?:late|early)\s+)?"
    r"(?:on|by|at|in)\s+(?:[\w-]+\s+){1,3}?(?:(?:earlier|initially|first)\s+)?(?:put|placed|"
    r"given|gave|said|reported|estimated|announced)\b[^.;,\d]{0,50}$|"
    r"\b(?:said|reported|announced|stated)\s+earlier\s+(?:on|in|this|that|today|yesterday|"
    r"last)\b[^.;,\d]{0,50}$|"
    r"\b(?:thought|believed|reported|counted)\s+at\s+first\b[^.;\d]{0,40}$",
    re.IGNORECASE,
)
"""``The army had on Monday evening put the figure at 17``, ``The ministry said earlier on
Tuesday that 17 …``, ``We thought at first there were 41 survivors``: a count given before,
at a time the sentence names."""


def _said_before_at_a_time(text: str, window: str, start: int) -> bool:
    """Return True when the words before the count at ``start`` give it as an earlier
    version of the story or an account given at an earlier time (:data:`_EARLIER_VERSION`,
    :data:`_SAID_AT_A_TIME`); ``window`` is the lower-cased text before it."""
    if "version" in window and _EARLIER_VERSION.search(text, max(0, start - 160), start):
        return True
    return ("had " in window or "earlier" in window or "at first" in window) and bool(
        _SAID_AT_A_TIME.search(text, max(0, start - 120), start)
    )


_EARLIER_COUNT_WORDS = ("earlier", "initial", "first", "previous", "original", "had ", "early")
"""Words one of which every :data:`_EARLIER_COUNT` match holds (most counts have none)."""
_EARLIER_FIGURES_WORDS = (
    "than", "from", "replac", "revis", "updat", "correct", "supersed", "when",
)  # fmt: skip
"""Likewise for :data:`_EARLIER_FIGURES`."""
_PREVIOUS_TOLL_WORDS = ("previous", "earlier", "initial", "original", "first", "old ")
"""Likewise for :data:`_PREVIOUS_TOLL`."""


def _dedupe(figures: list[RawFigure]) -> list[RawFigure]:
    kept: list[RawFigure] = []
    for fig in figures:
        if any(
            k.kind == fig.kind and k.value == fig.value and k.start < fig.end and fig.start < k.end
            for k in kept
        ):
            continue
        kept.append(fig)
    return kept


# A count with a clause of its own, which takes no kind from the count before it; ages said
# in words; people moved away; counts of armed men.
_OWN_VERB_GAP = re.compile(
    r"\band\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|led|took|sent|drove|forced|left|kept|made|got|"
    r"brought|put|set|saw|told)\s+(?:off|away|out|up)?",
    re.IGNORECASE,
)
"""``killed 12 and carried off more than 50 guests``: ``and`` opens a verb of its own."""
_AS_CLAUSE = re.compile(
    r"(?<!\bmany)(?<!\bmuch)(?<!\bhigh)(?<!\bfew)(?<!\blow)(?<!\blarge)(?<!\bgreat)(?<!\bsuch)"
    r"(?<!\bsame)(?<!\bwell)(?<!\bfar)(?<!\bsoon)(?<!\blong)\s+as\s+$",
    re.IGNORECASE,
)
"""``the toll rose to six as 41 remain held``: ``as`` opens a clause whose subject is the
count (not ``as many as 41``)."""


def _own_clause_between(text: str, start: int, number: NumberMention) -> bool:
    """Return True when the words from ``start`` (the end of an earlier count or cue) to
    ``number`` give the number a clause of its own: ``and`` then a verb (``killed 12 and
    carried off 50 guests``) or a ``as`` that opens a clause (``rose to six as 41 …``)."""
    if "and" in text[start : number.qualifier_start] and _OWN_VERB_GAP.search(
        text, start, number.qualifier_start
    ):
        return True
    return "as" in text[max(start, number.qualifier_start - 4) : number.qualifier_start] and bool(
        _AS_CLAUSE.search(text, max(0, number.qualifier_start - 12), number.qualifier_start)
    )


_AGE_SAID = re.compile(
    r"(?:\baged\s+|\b(?:he|she)\s+(?:(?:must|would|might|could|may)\s+have\s+been|"
    r"(?:must|would|might|could|may)\s+be|is|was|looked|looks)\s+"
    r"(?:about\s+|around\s+|roughly\s+|perhaps\s+|maybe\s+|some\s+)?|"
    r"\b(?:men|women|man|woman|boys?|girls?|children|child)\s+of\s+|"
    r"\b(?:youngest|oldest|eldest)(?:\s+(?:of|among)\s+(?:them|whom|those|the\s+\w+))?"
    r"(?:\s+(?:was|is|being|aged|just))?\s+)$",
    re.IGNORECASE,
)
"""``a girl aged about 10``, ``he must have been 70``, ``old men of 70``, ``the youngest of
them 15``: ages."""
_AGE_NOT_AFTER = re.compile(r"\s+(?:of|percent|per\s+cent|%|years?\s+ago)\b", re.IGNORECASE)


_CLOCK_AFTER = re.compile(
    r"\s+(?:o'clock|o’clock|in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b",
    re.IGNORECASE,
)


_CLOCK_BEFORE = re.compile(
    r"\b(?:at|until|till|by|before|after|from|since|past)\s+$", re.IGNORECASE
)
"""``at``, ``until`` …: the words that open an hour (``killed 12 in the morning`` opens none)."""


def _clock_in_words(text: str, number: NumberMention) -> bool:
    """Return True for an hour told in words (``set off at five in the morning``, ``until
    ten at night``, ``five o'clock``): a time, no count. Without ``o'clock`` a word of time
    must open it, as ``killed three at night`` counts three."""
    if number.value > 12:
        return False
    after = _CLOCK_AFTER.match(text, number.end)
    if after is None:
        return False
    return "clock" in after.group(0) or bool(
        _CLOCK_BEFORE.search(text, max(0, number.qualifier_start - 8), number.qualifier_start)
    )


_YOUNGEST_BEFORE = re.compile(
    r"\b(?:youngest|oldest|eldest)\b[^.;:\d]{0,60}?\s+(?:is|was|were|are)\s+(?:aged\s+|only\s+|just\s+)?$",
    re.IGNORECASE,
)


def _youngest_or_oldest_is(text: str, number: NumberMention) -> bool:
    """Return True for the age of the youngest or oldest of a group (``the oldest of the
    freed miners is 63``): an age, no count."""
    window = text[max(0, number.qualifier_start - 80) : number.qualifier_start].lower()
    if "young" not in window and "old" not in window and "eldest" not in window:
        return False
    return bool(
        _YOUNGEST_BEFORE.search(text, max(0, number.qualifier_start - 80), number.qualifier_start)
    )


_COLLECTIVE_NOUNS = word_set(
    "crew team family party unit squad staff band gang group delegation contingent force "
    "patrol convoy household class choir company troop platoon battalion"
)
"""Nouns of a group: ``a crew of four`` is four people, not an age."""
_ONE_PERSON_OF = re.compile(r"\b(?:a|an)\s+(?P<noun>[a-z-]+)\s+of\s+$", re.IGNORECASE)
"""``a fisherman of 58``: one person and an age."""


def _one_person_of(text: str, number: NumberMention, phrase: _Phrase) -> bool:
    """Return True for the age of one person named by ``a`` and a people noun (``said a
    ferryman of 61 had been stabbed``): a bare number after ``of``, no count."""
    if not phrase.bare or number.value > 120 or number.qualifier_start != number.start:
        return False
    if " of " not in text[max(0, number.start - 4) : number.start]:
        return False
    m = _ONE_PERSON_OF.search(text, max(0, number.start - 40), number.start)
    if m is None or m.group("noun").lower() in _COLLECTIVE_NOUNS:
        return False
    return _is_people(m.group("noun")) and not m.group("noun").endswith("s")


def _age_in_words(text: str, number: NumberMention, phrase: _Phrase) -> bool:
    """Return True for an age the words before the number say it is (``aged about 10``,
    ``she must have been 70``, ``boys of 12``), not a count."""
    if number.value > 120 or not (
        phrase.bare
        or (phrase.head or "").lower().startswith("year")
        or text.startswith((" and ", ", "), number.end)  # "women of 60 and girls of 11"
    ):
        return False
    if not _AGE_SAID.search(
        text, max(0, number.qualifier_start - 40), number.qualifier_start
    ) and not _AGE_SAID.search(text, max(0, number.start - 40), number.start):
        return False
    return not _AGE_NOT_AFTER.match(text, number.end)


_ARMED_OF_THEM = re.compile(
    r"\s+of\s+them\s*,\s+(?:all\s+|most\s+|many\s+)?(?:armed|with\s+(?:guns|rifles|machetes|"
    r"weapons)|carrying\s+(?:guns|rifles|weapons)|firing|shooting|wielding|brandishing)\b",
    re.IGNORECASE,
)
"""``more than 60 of them, firing into the air``, ``maybe 100 of them, all with guns``."""
_GANG_APPOSED = re.compile(
    r"\b(?:gang|gangs|band|mob|militia)\s*,\s*(?:[a-z'’]+\s+){0,3}$", re.IGNORECASE
)
"""``the rest of the gang, we believe six or seven men, escaped``: the gang's count."""


_ARMED_BARE = re.compile(
    r"\s*,\s+(?:all\s+|most\s+|many\s+|some\s+)?(?:(?:of\s+them\s+)?armed|with\s+(?:guns|rifles|"
    r"machetes|weapons|AK-47s|Kalashnikovs))\b",
    re.IGNORECASE,
)
"""``up to 40, with rifles``, ``more than 30, all of them armed``: a bare count told
as armed."""


def _armed_count(text: str, number: NumberMention, phrase: _Phrase) -> bool:
    """Return True when a count is of armed men: ``N of them`` told as armed or firing (not
    when the last people named are police or troops), or men set in apposition to a gang."""
    if phrase.partitive == "them" and _ARMED_OF_THEM.match(text, number.end):
        return _last_people_noun(text[: number.qualifier_start]) not in RESPONDER_NOUNS
    return bool(
        phrase.people
        and not phrase.responders
        and phrase.kind_hint is None
        and (phrase.head or "").lower() in ("men", "people", "youths", "man")
        and _GANG_APPOSED.search(text, max(0, number.qualifier_start - 40), number.qualifier_start)
    )


_RESIDENT_HEADS = word_set("residents villagers inhabitants families households locals people")
"""Who a verb of moving moves from their homes when no destination is named."""
_CAUSED_TO = re.compile(
    r"\b(?:led|forced|prompted|caused|obliged|compelled|ordered|told|asked)\s+"
    r"(?:[\w'’-]+\s+){0,3}?to\s+$",
    re.IGNORECASE,
)
"""``led police to evacuate``: the act made someone do, not an intention."""


def _moved_right_after(text: str, cue: _Cue, phrase: _Phrase) -> bool:
    """Return True for people a verb of moving away follows straight away (``3,500 moved
    out of villages``, ``the 300 residents moved out of the quarter``): moved from their
    homes, whether they went or were taken."""
    return (
        cue.kind == "evacuated"
        and not phrase.attackers
        and not phrase.responders
        and not text[phrase.end : cue.start].strip()
        and text.startswith(("moved", "relocated"), cue.start)
    )


_BROUGHT_TO = re.compile(r"\b(?:brings?|bringing|brought)\s+to\s+$", re.IGNORECASE)
_NUMBER_WHO = re.compile(
    r"\s+the\s+(?:number|total|count)\s+of\s+[\w\s'’-]{0,50}?\b(?:who|that)\s+(?:have|has|had)\s+"
    r"(?:now\s+|so\s+far\s+)?(?P<verb>died|been\s+(?:killed|injured|wounded|hurt|abducted|"
    r"kidnapped|freed|released|rescued|arrested|evacuated))\b",
    re.IGNORECASE,
)
"""``brings to seven the number of villagers who have died``: the count's verb comes last."""


_NUMBER_WHO_BEFORE = re.compile(
    r"\bthe\s+" + _NUMBER_WHO.pattern.removeprefix(r"\s+the\s+"), re.IGNORECASE
)
"""``The number of people who have died after the fire has risen to six``: the count's
verb in the subject before the number."""


def _number_who_rose_kind(text: str, number: NumberMention, clause_start: int) -> str | None:
    """Return the kind of a count that changed to ``number`` whose subject says what befell
    the people (``the number of people who have died … has risen to six`` → killed)."""
    if " who " not in text and " that " not in text:
        return None
    if not _CHANGED_TO.search(text, max(0, number.qualifier_start - 40), number.qualifier_start):
        return None
    subjects = list(_NUMBER_WHO_BEFORE.finditer(text, clause_start, number.qualifier_start))
    if not subjects or _LEFT_NUMBER.search(text, subjects[-1].end(), number.qualifier_start):
        return None
    verb = subjects[-1].group("verb").lower().split()[-1]
    return {"died": "killed", "abducted": "hostages", "kidnapped": "hostages"}.get(
        verb
    ) or _kind_of_word(verb)


def _brought_to_kind(text: str, number: NumberMention) -> str | None:
    """Return the kind of a count that ``brings to N the number of … who have died``."""
    if "to" not in text[max(0, number.qualifier_start - 4) : number.qualifier_start]:
        return None
    if not _BROUGHT_TO.search(text, max(0, number.qualifier_start - 16), number.qualifier_start):
        return None
    named = _NUMBER_WHO.match(text, number.end)
    if named is None:
        return None
    verb = named.group("verb").lower().split()[-1]
    return {"died": "killed", "abducted": "hostages", "kidnapped": "hostages"}.get(
        verb
    ) or _kind_of_word(verb)

"""A grid of how wire copy reports counts of people: word family × frame, each with its figure.

The grid is written from the vocabulary of wire English, not from any article: for each
kind, the verbs (passive, active, headline present tense), the nouns and the idioms reporters
use, set in the frames they set them in (``N <noun> were <verb>``, ``<verb> N <noun>``,
tolls, headlines, number words, qualifiers). Numbers and people nouns rotate through the
templates so each verb meets several shapes of count. Negative frames (counts of things,
ages, idioms) must give no figure. ``docs/architecture.md`` ("Labelling conventions for
figures") says how the borderline cases read.
"""

from __future__ import annotations

import pytest
from conftest import sentence_kinds

Expected = list[tuple[str, int]]

# "{n} {p} <predicate>": the count is the subject.
_SUBJECT_FRAMES: dict[str, tuple[str, ...]] = {
    "killed": (
        "{n} {p} were killed in the blast",
        "{n} {p} died when the bus overturned",
        "{n} {p} perished in the fire",
        "{n} {p} drowned when the ferry capsized",
        "{n} {p} lost their lives in the landslide",
        "{n} {p} were burned to death",
        "{n} {p} were crushed to death in the stampede",
        "{n} {p} were shot dead",
        "{n} {p} were confirmed dead",
        "{n} {p} have succumbed to their injuries",
        "{n} {p} were electrocuted",
        "{n} {p} were killed instantly",
        "{n} {p} died of their wounds",
        "{n} {p} were found dead in the rubble",
        "{n} {p} are feared dead",
        "{n} {p} were pronounced dead at the scene",
        "{n} {p} died on the spot",
        "{n} {p} were asphyxiated by the fumes",
        "{n} {p} died from smoke inhalation",
        "{n} {p} were swept to their deaths",
        "{n} {p} were fatally injured",
        "{n} {p} were gunned down",
        "{n} {p} were hacked to death",
        "{n} {p} were stabbed to death",
        "{n} {p} died in hospital",
        "{n} {p} were dead on arrival",
        "{n} {p} were among the dead",
        "{n} {p} were lost at sea",
        "{n} {p} are believed to have died",
        "{n} {p} were reported dead",
        # found missing by the grid
        "{n} {p} were lynched",
        "{n} {p} were lynched by a mob",
        "{n} {p} were stoned to death",
        "{n} {p} were poisoned to death",
        "{n} {p} were beaten to death by a mob",
        "{n} {p} were clubbed to death",
        "{n} {p} were charred beyond recognition",
        "{n} {p} were burned beyond recognition",
    ),
    "wounded": (
        "{n} {p} were injured in the blast",
        "{n} {p} were wounded",
        "{n} {p} were hurt when the roof fell",
        "{n} {p} sustained injuries",
        "{n} {p} suffered serious injuries",
        "{n} {p} were treated for burns",
        "{n} {p} were hospitalised",
        "{n} {p} were taken to hospital",
        "{n} {p} were admitted to hospital",
        "{n} {p} were rushed to hospital",
        "{n} {p} suffered minor injuries",
        "{n} {p} were treated for smoke inhalation",
        "{n} {p} received treatment",
        "{n} {p} were in critical condition",
        "{n} {p} were slightly hurt",
        "{n} {p} suffered gunshot wounds",
        "{n} {p} were airlifted to hospital",
        "{n} {p} were wounded by shrapnel",
        "{n} {p} were taken ill",
        "{n} {p} were hit by stray bullets",
        "{n} {p} were treated for hypothermia",
        "{n} {p} were left in a critical condition",
        # found missing by the grid
        "{n} {p} were badly burned",
        "{n} {p} were seriously burned",
        "{n} {p} were maimed",
        "{n} {p} were poisoned",
        "{n} {p} were poisoned by the gas leak",
        "{n} {p} were overcome by fumes",
        "{n} {p} were overcome by the toxic smoke",
        "{n} {p} were scalded",
        "{n} {p} were knocked unconscious",
        "{n} {p} are fighting for their lives",
        "{n} {p} were struck by lightning",
        "{n} {p} suffered from hypothermia",
        "{n} {p} were suffering from shock",
        "{n} {p} required medical attention",
        "{n} {p} needed medical care",
        "{n} {p} were given first aid",
        "{n} {p} were stretchered away",
        "{n} {p} inhaled toxic fumes",
        "{n} {p} fell sick after eating lunch",
        "{n} {p} were hit by a car",
        "{n} {p} were knocked down by a lorry",
    ),
    "hostages": (
        "{n} {p} were kidnapped",
        "{n} {p} were abducted by gunmen",
        "{n} {p} were taken hostage",
        "{n} {p} were seized by pirates",
        "{n} {p} remain in captivity",
        "{n} {p} were held hostage",
        "{n} {p} were snatched from the school",
        "{n} {p} remained in the hands of these kidnappers",
        "{n} {p} were held captive",
        "{n} {p} remain with their abductors",
        # found missing by the grid
        "{n} {p} were taken off the bus by gunmen",
        "{n} {p} were led away by the gunmen",
        "{n} {p} were whisked away by their captors",
        "{n} {p} are being held for ransom",
    ),
    "freed": (
        "{n} {p} were rescued",
        "{n} {p} were freed",
        "{n} {p} were released by their captors",
        "{n} {p} were pulled alive from the debris",
        "{n} {p} were plucked from the water",
        "{n} {p} were found alive",
        "{n} {p} were brought to safety",
        "{n} {p} were winched to safety",
        "{n} {p} were rescued from the sea",
        "{n} {p} were dug out alive",
        "{n} {p} were saved",
        "{n} {p} were set free",
        "{n} {p} were airlifted to safety",
        "{n} {p} were rescued by a passing tanker",
    ),
    "missing": (
        "{n} {p} are missing",
        "{n} {p} were unaccounted for",
        "{n} {p} remain missing",
        "{n} {p} were reported missing",
        "{n} {p} were swept away",
        "{n} {p} are yet to be found",
        "{n} {p} have not been accounted for",
        "{n} {p} were listed as missing",
        "{n} {p} are missing, feared dead",
        "{n} {p} went missing",
        "{n} {p} remain trapped underground",
        "{n} {p} have yet to be traced",
        "{n} {p} were entombed",
        "{n} {p} were cut off by floodwater",
    ),
    "arrested": (
        "{n} {p} were arrested",
        "{n} {p} were detained",
        "{n} {p} were taken into custody",
        "{n} {p} were rounded up",
        "{n} {p} were held for questioning",
        "{n} {p} were apprehended",
        "{n} {p} have been charged with murder",
        "{n} {p} were remanded in custody",
        "{n} {p} were picked up by police",
        "{n} {p} were taken in for questioning",
        "{n} {p} were jailed",
        "{n} {p} were placed under arrest",
        "{n} {p} are in police custody",
        "{n} {p} were nabbed",
        "{n} {p} were held over the attack",
        "{n} {p} were locked up",
        "{n} {p} were picked up in overnight raids",
        "{n} {p} were rounded up in a sweep",
    ),
    "evacuated": (
        "{n} {p} were evacuated",
        "{n} {p} were displaced",
        "{n} {p} fled their homes",
        "{n} {p} were forced from their homes",
        "{n} {p} were moved to shelters",
        "{n} {p} were relocated",
        "{n} {p} sought shelter in schools",
        "{n} {p} were ordered to leave their homes",
        "{n} {p} were moved to safety",
        "{n} {p} were forced to flee",
        "{n} {p} are in relief camps",
        "{n} {p} were housed in temporary shelters",
        "{n} {p} were moved to higher ground",
        # found missing by the grid
        "{n} {p} took refuge in schools",
        "{n} {p} were uprooted",
        "{n} {p} fled across the border",
    ),
}

# "<agent> <verb> {n} {p}": the count is the object.
_OBJECT_FRAMES: dict[str, tuple[str, ...]] = {
    "killed": (
        "The blast killed {n} {p}",
        "The fire claimed the lives of {n} {p}",
        "The attack left {n} {p} dead",
        "Gunmen shot dead {n} {p}",
        "The collapse left {n} {p} dead and many more hurt",
        "Militants massacred {n} {p}",
        "Police recovered the bodies of {n} {p}",
        "Gunmen executed {n} {p}",
        # found missing by the grid
        "The attack took the lives of {n} {p}",
        "A mob lynched {n} {p}",
    ),
    "wounded": (
        "The blast injured {n} {p}",
        "The attack wounded {n} {p}",
        "The explosion left {n} {p} injured",
        "The stampede left {n} {p} hurt",
        "Medics treated {n} {p} at the scene",
        "Doctors were treating {n} {p}",
        "The fire left {n} {p} with burns",
        # found missing by the grid
        "Medics gave first aid to {n} {p}",
        "Contaminated water poisoned {n} {p}",
    ),
    "hostages": (
        "Gunmen kidnapped {n} {p}",
        "Pirates seized {n} {p}",
        "Bandits abducted {n} {p}",
        "Militants are holding {n} {p}",
        # found missing by the grid
        "The kidnappers are demanding a ransom for {n} {p}",
    ),
    "freed": (
        "Rescuers saved {n} {p}",
        "Troops freed {n} {p}",
        "The coastguard rescued {n} {p}",
        "Rescuers pulled {n} {p} alive from the rubble",
        "Helicopters plucked {n} {p} from rooftops",
        # found missing by the grid ("released a dozen" read as "released a statement")
        "The kidnappers released {n} {p}",
    ),
    "missing": (
        "Rescuers were searching for {n} missing {p}",
        "Search teams were looking for {n} {p}",
        # found missing by the grid
        "The fate of {n} {p} is unknown",
        "The fate of {n} {p} remains unclear",
    ),
    "arrested": (
        "Police arrested {n} {p}",
        "Troops rounded up {n} {p}",
        "Officers apprehended {n} {p}",
        "Police charged {n} {p} with murder",
    ),
    "evacuated": (
        "Authorities evacuated {n} {p}",
        "The floods displaced {n} {p}",
        "The army moved {n} {p} to safety",
        # found missing by the grid
        "The floods forced {n} {p} to flee",
        "The fire forced {n} {p} to leave their homes",
    ),
}

# Nouns, tolls and headlines: "{n}" alone, the kind in the frame.
_NOUN_FRAMES: tuple[tuple[str, str], ...] = (
    ("killed", "The death toll rose to {n}"),
    ("killed", "The death toll has now risen to {n}"),
    ("killed", "The toll stood at {n}"),
    ("killed", "The number of dead reached {n}"),
    ("killed", "The number of people killed rose to {n}"),
    ("killed", "Officials put the overall death toll at {n}"),
    ("killed", "Officials said there were {n} fatalities"),
    ("killed", "The accident caused {n} deaths"),
    ("killed", "{N} bodies have been recovered"),
    ("killed", "{N} bodies were pulled from the river"),
    ("killed", "{N} dead in ferry disaster"),
    ("killed", "Ferry capsizes, {n} feared dead"),
    ("killed", "Bus plunges into gorge, {n} killed"),
    ("killed", "Blast kills {n} in market"),
    ("killed", "Gunmen kill {n} in village raid"),
    ("killed", "Flash floods leave {n} dead"),
    ("killed", "The bombing claimed {n} lives"),
    ("killed", "The disaster cost {n} lives"),
    ("killed", "Divers recovered {n} bodies"),
    ("wounded", "The number of injured rose to {n}"),
    ("wounded", "{N} injured in bus crash"),
    ("wounded", "Explosion injures {n}"),
    ("wounded", "Hospitals received {n} casualties"),
    ("wounded", "Gas leak sickens {n}"),
    ("freed", "{N} survivors were rescued"),
    ("freed", "Rescuers found {n} survivors"),
    ("freed", "{N} hostages were freed"),
    ("freed", "Kidnappers free {n} hostages"),
    ("freed", "{N} abductees were released"),
    ("freed", "A passing ship picked up {n} survivors"),
    ("hostages", "The gunmen are holding {n} hostages"),
    ("missing", "{N} missing after boat sinks"),
    ("missing", "The search continues for {n} missing fishermen"),
    ("arrested", "{N} arrests were made"),
    ("arrested", "Police made {n} arrests"),
    ("arrested", "Police arrest {n} after riot"),
    ("evacuated", "{N} evacuated as wildfire spreads"),
    ("evacuated", "{N} evacuees are in shelters"),
    ("evacuated", "Floods force {n} to flee"),
    ("evacuated", "Floods displace {n}"),
    ("evacuated", "Police evacuate {n} from tower block"),
    ("killed", "Quake toll climbs to {n}"),
    ("killed", "Death toll from mine blast hits {n}"),
    ("killed", "Bus crash toll reaches {n}"),
    ("killed", "{N} feared dead as boat sinks"),
    ("missing", "{N} feared trapped after mine collapse"),
    ("wounded", "{N} hurt as train derails"),
    ("freed", "{N} rescued from burning building"),
    ("arrested", "{N} held over bombing"),
    ("arrested", "Police detain {n} after clashes"),
    ("hostages", "Gunmen abduct {n} students in raid on school"),
    ("hostages", "Pirates hijack tanker, seize {n} crew"),
    ("freed", "Troops free {n} hostages"),
    ("freed", "Rescuers pull {n} alive from rubble"),
    ("wounded", "{N} sickened by gas leak"),
    ("attackers", "{N} gunmen stormed the hotel"),
    ("attackers", "The raid had been carried out by {n} gunmen"),
    ("attackers", "{N} attackers opened fire on the crowd"),
    ("attackers", "{N} pirates boarded the tanker"),
    ("attackers", "{N} armed men raided the village"),
    ("attackers", "{N} masked men burst into the bank"),
    ("attackers", "A group of {n} gunmen stormed the base"),
)

_NUMBERS: tuple[tuple[str, int], ...] = (
    ("12", 12),
    ("twelve", 12),
    ("a dozen", 12),
    ("at least 27", 27),
    ("some 300", 300),
    ("2,300", 2300),
    ("two dozen", 24),
    ("forty-one", 41),
    ("more than 60", 60),
)
_PEOPLE = (
    "people",
    "passengers",
    "villagers",
    "miners",
    "workers",
    "children",
    "soldiers",
    "fishermen",
    "students",
    "tourists",
    "residents",
    "pilgrims",
)

# Whole sentences with more than one figure, or a shape the templates do not make.
_SENTENCES: tuple[tuple[str, Expected], ...] = (
    ("The blast killed 40 people, including 12 children.", [("killed", 40), ("killed", 12)]),
    ("40 people, including 12 children, were killed.", [("killed", 40), ("killed", 12)]),
    ("Twelve people were killed and 30 others injured.", [("killed", 12), ("wounded", 30)]),
    ("The fire killed 12 and injured 30.", [("killed", 12), ("wounded", 30)]),
    ("Twelve died and 30 were hurt.", [("killed", 12), ("wounded", 30)]),
    ("The floods have left 40 people dead and 12 missing.", [("killed", 40), ("missing", 12)]),
    ("The gas leak killed 12 and sickened 300.", [("killed", 12), ("wounded", 300)]),
    ("Eight people were shot, three fatally.", [("killed", 3)]),
    ("Police said 12 people were killed.", [("killed", 12)]),
    ("According to police, 12 people were killed.", [("killed", 12)]),
    ("Twelve people died after being poisoned.", [("killed", 12)]),
    ("Twelve people died of poisoning.", [("killed", 12)]),
    ("The food poisoning outbreak sickened 40 people.", [("wounded", 40)]),
    ("Half a dozen people were injured.", [("wounded", 6)]),
    ("A hundred people were evacuated.", [("evacuated", 100)]),
    ("Twelve thousand people fled the fighting.", [("evacuated", 12000)]),
    ("Among the injured were 12 children.", [("wounded", 12)]),
    ("The dead included 12 children.", [("killed", 12)]),
    ("Troops killed 12 militants.", [("killed", 12)]),
    ("An estimated 12 gunmen attacked the convoy.", [("attackers", 12)]),
    ("The attackers, numbering about 12, stormed the base.", [("attackers", 12)]),
    ("Police released a statement on 12 arrests.", [("arrested", 12)]),
    ("Twelve of the 40 passengers were rescued.", [("freed", 12)]),
    ("Of the 40 passengers, 12 were rescued.", [("freed", 12)]),
    ("Up to 40 people were killed.", [("killed", 40)]),
    ("As many as 40 people were killed.", [("killed", 40)]),
    ("Between 40 and 50 people were killed.", [("killed", 40)]),
    ("Upwards of 40 people were killed.", [("killed", 40)]),
    ("Three hundred and twelve people were evacuated.", [("evacuated", 312)]),
    ("1.2 million people were displaced.", [("evacuated", 1_200_000)]),
    ("He has killed 12 people since 2010, police say.", [("killed", 12)]),
    ("Forty pupils were in class at the time.", [("other", 40)]),
    ("Forty prisoners broke out of jail.", [("other", 40)]),
    ("Forty hostages broke out.", [("freed", 40)]),
    ("Fighting broke out and 40 people were killed.", [("killed", 40)]),
    ("The train derailed, killing 40 and injuring 120.", [("killed", 40), ("wounded", 120)]),
    ("Forty people were wounded, 12 of them critically.", [("wounded", 40), ("wounded", 12)]),
    ("Two more people died overnight, bringing the toll to 40.", [("killed", 2), ("killed", 40)]),
    ("The bus was packed with 40 passengers.", [("other", 40)]),
    ("Pirates boarded the tanker and took its 40 crew hostage.", [("hostages", 40)]),
)

# Counts of things, time and idioms: no figure.
_NEGATIVES: tuple[str, ...] = (
    "He killed time at the airport.",
    "A 40-year-old man was arrested.",
    "Some 2,000 homes were destroyed.",
    "The new machine saved 12 lives a year in trials.",
    "Fire destroyed 300 houses.",
    "The storm killed 500 cattle.",
    "The floods killed 2,000 goats.",
    "He is 52.",
    "The boat was built for 300 passengers.",
    "The hospital has 200 beds.",
    "The bus was carrying 40 tonnes of cement.",
    "Police rescued 30 dogs from the flood.",
    "The blast damaged 15 buildings.",
    "Police seized 40 kilograms of heroin.",
    "Troops seized 12 rifles.",
    "Officials evacuated 40 villages.",
    "The attack lasted 40 minutes.",
    "The 747 crashed on landing.",
    "Flight 370 disappeared.",
    "The ferry sank in 30 metres of water.",
    "Eight people were shot.",
    "He was 12 when he was locked up.",
    "The ship can carry 1,200 passengers.",
    "He spent 12 years in prison.",
    "The kidnappers demanded 12 million naira.",
    "The fire broke out on the 12th floor.",
    "Twelve-year-old girl killed in crash.",
    "The victim, 12, died in hospital.",
    "The law could save up to 12,000 lives.",
    "Twelve houses were swept away.",
    "Twelve boats were missing.",
    "Twelve vehicles were trapped.",
    "Twelve cattle drowned.",
    "Dozens of people were killed.",
    "Hundreds were injured.",
    "Men went from street to street hunting for rival fans.",
    "Officials treated 12 as suspects.",
    "Forty shops were looted.",
    "The building housed 40 families.",
    # found misread by the grid
    "The company killed 40 jobs.",
)


def _capitalised(sentence: str) -> str:
    return sentence[0].upper() + sentence[1:]


def _grid() -> list[tuple[str, Expected]]:
    """Return every template filled in: each with two shapes of count, nouns in turn."""
    cases: list[tuple[str, Expected]] = []
    turn = 0
    for frames in (_SUBJECT_FRAMES, _OBJECT_FRAMES):
        for kind, templates in frames.items():
            for template in templates:
                for shift in (0, 4):
                    words, value = _NUMBERS[(turn + shift) % len(_NUMBERS)]
                    people = _PEOPLE[(turn + shift) % len(_PEOPLE)]
                    sentence = _capitalised(template.format(n=words, p=people)) + "."
                    cases.append((sentence, [(kind, value)]))
                turn += 1
    for kind, template in _NOUN_FRAMES:
        for words, value in (_NUMBERS[turn % len(_NUMBERS)], ("40", 40)):
            filled = template.format(n=words, N=_capitalised(words))
            cases.append((filled + ".", [(kind, value)]))
            turn += 1
    cases.extend(_SENTENCES)
    cases.extend((sentence, []) for sentence in _NEGATIVES)
    return cases


_GRID = _grid()


@pytest.mark.parametrize(("sentence", "expected"), _GRID, ids=[s for s, _ in _GRID])
def test_lexicon_grid(sentence: str, expected: Expected) -> None:
    held = any(kind == "hostages" for kind, _ in expected)
    assert sorted(sentence_kinds(sentence, held=held)) == sorted(expected)


def test_grid_is_broad() -> None:
    """The grid covers every kind in every frame family and a few hundred sentences."""
    kinds = {kind for _, expected in _GRID for kind, _ in expected}
    assert kinds >= {"killed", "wounded", "hostages", "freed", "missing", "arrested"}
    assert {"evacuated", "attackers"} <= kinds
    assert len(_GRID) > 400

"""A phrasebook of wire copy: how Reuters-, AP-, AFP- and BBC-style reports word each kind
of figure, and sentences with numbers that must not become figures.

Every sentence here is invented from general knowledge of news style, not taken from an
article the extractor is scored on. Each sentence is read as a one-sentence article by the
whole extractor (:func:`~wiredesk.index.extract.extract`), headlines included; each case
lists every figure expected as (kind, value, qualifier, who). ``ANY`` leaves a qualifier or
a ``who`` unchecked where its wording is not the point of the case.
"""

from __future__ import annotations

from typing import Any

import pytest

from wiredesk.index.extract import extract

ANY: Any = ...
"""A qualifier or ``who`` the case does not check."""

Expected = list[tuple[str, int, str | None, Any]]


def _figures(sentence: str, expected: Expected) -> list[tuple[str, int, str | None, Any]]:
    """Return the sentence's figures as tuples, with ``who`` blanked where not checked."""
    found = [(f.kind, f.value, f.qualifier, f.who) for f in extract(sentence).figures]
    if len(found) != len(expected):
        return found
    return [
        (kind, value, ANY if want[2] is ANY else qualifier, ANY if want[3] is ANY else who)
        for (kind, value, qualifier, who), want in zip(found, expected, strict=True)
    ]


ARRESTED: list[tuple[str, Expected]] = [
    ("Police detain 12 after riot", [("arrested", 12, None, None)]),
    ("Police arrested 23 people after the clashes.", [("arrested", 23, None, None)]),
    (
        "Authorities have detained six suspects in connection with the bombing.",
        [("arrested", 6, None, "suspects")],
    ),
    ("Six suspects have been taken into custody.", [("arrested", 6, None, "suspects")]),
    (
        "Troops rounded up more than 100 men in the village.",
        [("arrested", 100, "more than", "men")],
    ),
    ("Police said they had apprehended three men.", [("arrested", 3, None, "men")]),
    ("Three men were held for questioning.", [("arrested", 3, None, "men")]),
    ("Four men have been charged over the attack.", [("arrested", 4, None, "men")]),
    ("Two suspects were charged with murder.", [("arrested", 2, None, "suspects")]),
    ("Police have made 14 arrests.", [("arrested", 14, None, None)]),
    ("Police said 30 arrests had been made.", [("arrested", 30, None, None)]),
    ("Three more arrests were made on Tuesday.", [("arrested", 3, None, None)]),
    ("Seven people are in police custody.", [("arrested", 7, None, None)]),
    ("Eleven suspects were remanded in custody.", [("arrested", 11, None, "suspects")]),
    ("Police are holding three men.", [("arrested", 3, None, "men")]),
    ("Police have so far picked up 11 people.", [("arrested", 11, None, None)]),
    ("Eight were detained.", [("arrested", 8, None, None)]),
    ("Two suspects remain in detention.", [("arrested", 2, None, "suspects")]),
    ("12 detained over stadium violence", [("arrested", 12, None, None)]),
    ("Around 300 were arrested across the country.", [("arrested", 300, "about", None)]),
    ("A total of 56 people were taken into custody.", [("arrested", 56, None, None)]),
    (
        "Police said late on Monday that they had detained two of the attackers.",
        [("arrested", 2, None, "attackers")],
    ),
    ("Officers seized two suspects at the scene.", [("arrested", 2, None, "suspects")]),
    ("Soldiers captured three of the gunmen.", [("arrested", 3, None, "gunmen")]),
    ("The army said it had captured 15 militants.", [("arrested", 15, None, "militants")]),
    ("Police raided several homes and detained eight.", [("arrested", 8, None, None)]),
    (
        "Police have made at least 20 arrests since Friday.",
        [("arrested", 20, "at least", None)],
    ),
    ("Four people have been arrested over the sale of the liquor.", [("arrested", 4, None, None)]),
    ("Police took 12 people into custody.", [("arrested", 12, None, None)]),
    ("Those arrested include 3 soldiers.", [("arrested", 3, None, "soldiers")]),
    ("Police said the number of arrests had risen to 17.", [("arrested", 17, None, None)]),
    ("Police arrested the gunman and two accomplices.", [("arrested", 2, None, "accomplices")]),
    ("Seven suspects are being held.", [("arrested", 7, None, "suspects")]),
    (
        "Police said three suspected kidnappers had been arrested.",
        [("arrested", 3, None, "suspected kidnappers")],
    ),
    ("The number of people detained rose to 25.", [("arrested", 25, None, None)]),
    ("Police rounded up 60 suspected rioters.", [("arrested", 60, None, "suspected rioters")]),
    # Verbs of arrest beyond "arrested" and "detained".
    ("Security forces nabbed five suspects.", [("arrested", 5, None, "suspects")]),
    ("Police have charged five men with murder.", [("arrested", 5, None, "men")]),
    (
        "Five men appeared in court on Monday charged with murder.",
        [("arrested", 5, None, "men")],
    ),
    ("Six people have been held under anti-terrorism laws.", [("arrested", 6, None, None)]),
    ("Police launched a manhunt and caught four suspects.", [("arrested", 4, None, "suspects")]),
    (
        "Three suspects were caught trying to cross the border.",
        [("arrested", 3, None, "suspects")],
    ),
    ("Police booked nine people for rioting.", [("arrested", 9, None, None)]),
    ("Seven suspects were indicted on Friday.", [("arrested", 7, None, "suspects")]),
    ("Two men were arraigned on Tuesday.", [("arrested", 2, None, "men")]),
    ("Two bootleggers were arrested.", [("arrested", 2, None, "bootleggers")]),
    ("Police arrested four liquor sellers.", [("arrested", 4, None, "liquor sellers")]),
    ("Nine people were taken in for questioning.", [("arrested", 9, None, None)]),
    ("Three men were charged on Friday.", [("arrested", 3, None, "men")]),
    # Headlines drop the auxiliary.
    ("Six charged over tainted liquor deaths", [("arrested", 6, None, None)]),
    ("Five held over hospital fire", [("arrested", 5, None, None)]),
    ("Police hold 5 over ferry blaze", [("arrested", 5, None, None)]),
    ("3 robbers arrested after bank siege", [("arrested", 3, None, "robbers")]),
    ("Police nab 5 suspects over festival shooting", [("arrested", 5, None, "suspects")]),
    ("Seven held after tainted alcohol deaths", [("arrested", 7, None, None)]),
    ("Five in custody after bank siege", [("arrested", 5, None, None)]),
    # Suspects let go are neither arrested now nor freed.
    ("Two suspects were later freed for lack of evidence.", []),
    ("Officers have hauled in 14 people.", [("arrested", 14, None, None)]),
    ("Police took away 6 men.", [("arrested", 6, None, "men")]),
    ("Police said 3 men had been picked up for questioning.", [("arrested", 3, None, "men")]),
    ("Three men are helping police with their inquiries.", [("arrested", 3, None, "men")]),
    ("Seven accused appeared before a magistrate.", [("arrested", 7, None, "accused")]),
    ("A magistrate ordered both held for 12 days.", [("arrested", 2, None, None)]),
    ("Police said both suspects had been charged.", [("arrested", 2, None, "suspects")]),
    ("Twelve people have been placed under arrest.", [("arrested", 12, None, None)]),
    ("Police said 19 people were behind bars.", [("arrested", 19, None, None)]),
]

ATTACKERS: list[tuple[str, Expected]] = [
    ("About 20 gunmen stormed the hotel.", [("attackers", 20, "about", "gunmen")]),
    ("Five assailants opened fire on worshippers.", [("attackers", 5, None, "assailants")]),
    ("The raid had been carried out by seven gunmen.", [("attackers", 7, None, "gunmen")]),
    (
        "Witnesses said up to 10 militants stormed the base.",
        [("attackers", 10, "up to", "militants")],
    ),
    (
        "Two suicide bombers blew themselves up at the entrance.",
        [("attackers", 2, None, "suicide bombers")],
    ),
    ("The convoy was ambushed by about 50 fighters.", [("attackers", 50, "about", "fighters")]),
    ("The hotel was attacked by 10 gunmen.", [("attackers", 10, None, "gunmen")]),
    (
        "A group of about 35 armed men arrived on motorbikes.",
        [("attackers", 35, "about", "armed men")],
    ),
    ("Two gunmen on a motorbike opened fire.", [("attackers", 2, None, "gunmen")]),
    ("Three men armed with knives attacked passengers.", [("attackers", 3, None, ANY)]),
    ("Around 100 bandits raided the village.", [("attackers", 100, "about", "bandits")]),
    ("At least eight gunmen were involved in the attack.", [("attackers", 8, "at least", ANY)]),
    ("An estimated 40 insurgents took part in the raid.", [("attackers", 40, "about", ANY)]),
    ("The two attackers escaped.", [("attackers", 2, None, "attackers")]),
    ("Witnesses said the attackers numbered about 30.", [("attackers", 30, "about", ANY)]),
    ("The assault was led by 12 fighters.", [("attackers", 12, None, "fighters")]),
    (
        "Two gunmen abducted 18 students.",
        [("attackers", 2, None, "gunmen"), ("hostages", 18, None, "students")],
    ),
    # Attackers named by what they did, not by their noun.
    ("About 100 herdsmen attacked the village.", [("attackers", 100, "about", "herdsmen")]),
    ("Five men stormed the bank.", [("attackers", 5, None, "men")]),
    ("Some 30 youths attacked the police station.", [("attackers", 30, "about", "youths")]),
    ("The bank was robbed by three men.", [("attackers", 3, None, "men")]),
    ("The village was raided by about 200 men.", [("attackers", 200, "about", "men")]),
    (
        "Survivors said they were attacked by at least 100 men.",
        [("attackers", 100, "at least", "men")],
    ),
    ("The suspect was shot and killed by three officers.", [("other", 3, None, "officers")]),
    ("The convoy came under fire from some 50 gunmen.", [("attackers", 50, "about", "gunmen")]),
    ("A gang of eight men attacked the convoy.", [("attackers", 8, None, "men")]),
    ("A gang of four men held up the bus.", [("attackers", 4, None, "men")]),
    ("About 30 armed herders attacked three villages.", [("attackers", 30, "about", ANY)]),
    (
        "Witnesses said at least six men took part in the robbery.",
        [("attackers", 6, "at least", "men")],
    ),
    # Robbers are attackers; still at large or on the run, they are still attackers.
    ("Two robbers were inside the bank.", [("attackers", 2, None, "robbers")]),
    ("Three armed robbers burst into the branch.", [("attackers", 3, None, ANY)]),
    ("Three robbers escaped with the cash.", [("attackers", 3, None, "robbers")]),
    ("Six assailants remain at large.", [("attackers", 6, None, "assailants")]),
    ("Three attackers remain on the run.", [("attackers", 3, None, "attackers")]),
    (
        "Five men are suspected of beating two officers to death.",
        [("attackers", 5, None, "men"), ("killed", 2, None, "officers")],
    ),
    (
        "Police arrested four men suspected of killing the officers.",
        [("arrested", 4, None, "men")],
    ),
    ("Three gunmen held the guests hostage.", [("attackers", 3, None, "gunmen")]),
    (
        "Three robbers held 12 customers hostage for six hours.",
        [("attackers", 3, None, "robbers"), ("hostages", 12, None, "customers")],
    ),
    # What befell attackers is the figure, not their part.
    ("Twenty militants were killed in the clashes.", [("killed", 20, None, "militants")]),
    ("Nine of the attackers were killed.", [("killed", 9, None, "attackers")]),
    ("Two of the robbers were shot dead by police.", [("killed", 2, None, "robbers")]),
    # Soldiers attacking are no attackers of the incident; people attacked are no attackers.
    ("About 40 soldiers attacked the rebel camp.", []),
    ("Twelve villagers were attacked on their farms.", []),
    ("Two gunmen were captured alive.", [("arrested", 2, None, "gunmen")]),
    ("Four soldiers were captured alive by the militants.", [("hostages", 4, None, "soldiers")]),
]

FREED: list[tuple[str, Expected]] = [
    ("Troops rescued 30 hostages.", [("freed", 30, None, None)]),
    ("All 12 hostages were released unharmed.", [("freed", 12, None, None)]),
    ("Rescuers pulled 14 people from the rubble alive.", [("freed", 14, None, None)]),
    ("Eight survivors were pulled alive from the debris.", [("freed", 8, None, None)]),
    ("Twelve fishermen were plucked from the sea.", [("freed", 12, None, "fishermen")]),
    ("The coastguard rescued 45 migrants.", [("freed", 45, None, "migrants")]),
    ("The kidnappers freed 20 of the students.", [("freed", 20, None, "students")]),
    ("Twenty students were released late on Sunday.", [("freed", 20, None, "students")]),
    ("Police said 17 hostages had been set free.", [("freed", 17, None, None)]),
    ("Security forces secured the release of 10 hostages.", [("freed", 10, None, None)]),
    ("Five of the hostages escaped.", [("freed", 5, None, None)]),
    ("Three hostages managed to escape.", [("freed", 3, None, None)]),
    ("Divers brought six survivors to the surface.", [("freed", 6, None, None)]),
    ("Rescue teams saved 40 people from the floodwaters.", [("freed", 40, None, None)]),
    ("Firefighters led 25 residents to safety.", [("freed", 25, None, None)]),
    ("Twenty-one people were rescued alive.", [("freed", 21, None, None)]),
    (
        "Some 30 passengers were winched to safety by helicopter.",
        [("freed", 30, "about", "passengers")],
    ),
    ("At least 11 people were dug out alive.", [("freed", 11, "at least", None)]),
    ("The pirates released the 18 crew members.", [("freed", 18, None, "crew members")]),
    ("Seven more hostages were released overnight.", [("freed", 7, None, None)]),
    ("20 hostages freed as siege ends", [("freed", 20, None, None)]),
    ("Quake: rescuers pull 3 alive from rubble", [("freed", 3, None, None)]),
    ("Troops rescue 40 kidnapped students", [("freed", 40, None, "kidnapped students")]),
    ("Local fishermen saved 19 passengers.", [("freed", 19, None, "passengers")]),
    ("Soldiers freed 42 schoolgirls held by the militants.", [("freed", 42, None, "schoolgirls")]),
    ("The remaining 6 hostages walked free on Monday.", [("freed", 6, None, None)]),
    ("A navy vessel picked up 31 survivors.", [("freed", 31, None, None)]),
    ("All 33 miners were brought to the surface alive.", [("freed", 33, None, "miners")]),
    ("Police rescued 5 kidnap victims.", [("freed", 5, None, "kidnap victims")]),
    ("Troops freed 3 abducted aid workers.", [("freed", 3, None, ANY)]),
    # Rescue verbs beyond "rescued" and "freed".
    ("The gunmen let 12 women and children go.", [("freed", 12, None, ANY)]),
    ("Fishermen hauled 23 passengers from the water.", [("freed", 23, None, "passengers")]),
    ("Rescue workers extracted four people alive from the debris.", [("freed", 4, None, None)]),
    ("Rescue workers pulled 9 people alive from the rubble.", [("freed", 9, None, None)]),
    ("Helicopters lifted 15 people from the roofs of their homes.", [("freed", 15, None, None)]),
    ("Firefighters extricated three people from the wreckage.", [("freed", 3, None, None)]),
    ("A passing trawler hauled 16 people aboard.", [("freed", 16, None, None)]),
    ("Thirty people were picked up by a passing ship.", [("freed", 30, None, None)]),
    ("Twelve passengers swam ashore.", [("freed", 12, None, "passengers")]),
    (
        "Twenty people were taken off the burning ferry by rescue boats.",
        [("freed", 20, None, None)],
    ),
    ("Fishermen dragged 7 bodies from the river.", [("killed", 7, None, None)]),
    # A participle before a compound head modifies it: what befell them is the verb after.
    (
        "Twelve kidnapped aid workers were released.",
        [("freed", 12, None, "kidnapped aid workers")],
    ),
    ("9 abducted bus passengers freed", [("freed", 9, None, "abducted bus passengers")]),
    # Released from hospital is no freedom from captors.
    ("Twelve people have been released from hospital.", [("wounded", 12, None, None)]),
    # Recovering from injuries is healing, not rescue.
    ("Two passengers have recovered.", []),
    ("Five of the injured have since recovered.", []),
    ("Rescuers have now recovered the bodies of 12 people.", [("killed", 12, None, None)]),
    ("The militia freed 40 prisoners from the jail.", [("other", 40, None, "prisoners")]),
]

EVACUATED: list[tuple[str, Expected]] = [
    ("Authorities evacuated 5,000 residents.", [("evacuated", 5000, None, None)]),
    (
        "More than 2,000 people were evacuated from their homes.",
        [("evacuated", 2000, "more than", None)],
    ),
    ("Some 300 people were moved to safety.", [("evacuated", 300, "about", None)]),
    ("The fire forced 400 people from their homes.", [("evacuated", 400, None, None)]),
    ("Flooding has displaced about 12,000 people.", [("evacuated", 12000, "about", None)]),
    ("Nearly 3,000 people are in evacuation centres.", [("evacuated", 3000, ANY, None)]),
    ("A thousand guests were evacuated from the hotel.", [("evacuated", 1000, None, "guests")]),
    ("Officials ordered the evacuation of 8,000 residents.", [("evacuated", 8000, None, None)]),
    (
        "The blaze forced the evacuation of 150 patients.",
        [("evacuated", 150, None, "patients")],
    ),
    # Nobody moved them away (docs/architecture.md, "Labelling conventions"): other.
    ("At least 700 people have been left homeless.", [("other", 700, "at least", None)]),
    ("Police evacuated 200 shoppers from the mall.", [("evacuated", 200, None, "shoppers")]),
    (
        "The violence has driven 4,000 villagers from their homes.",
        [("evacuated", 4000, None, "villagers")],
    ),
    ("Some 1,200 people have fled the fighting.", [("evacuated", 1200, "about", None)]),
    (
        "More than 500 people were forced to leave their homes.",
        [("evacuated", 500, "more than", None)],
    ),
    (
        "About 350 students were evacuated as a precaution.",
        [("evacuated", 350, "about", "students")],
    ),
    (
        "Traders in the next block, about 260 of them, had been ordered to vacate the stalls.",
        [("evacuated", 260, "about", None)],
    ),
    # Further ways of leaving: airlifted out, fled to higher ground, ordered to leave.
    (
        "About 1,500 people were airlifted out of the flooded town.",
        [("evacuated", 1500, "about", None)],
    ),
    ("Around 600 residents fled to higher ground.", [("evacuated", 600, "about", None)]),
    (
        "Authorities ordered 10,000 people to leave the area.",
        [("evacuated", 10000, None, None)],
    ),
    (
        "About 5,000 people living downstream were told to leave.",
        [("evacuated", 5000, "about", None)],
    ),
    ("Some 3,000 residents had to leave their homes.", [("evacuated", 3000, "about", None)]),
    ("Nearly 2,000 people fled to the hills.", [("evacuated", 2000, ANY, None)]),
    (
        "Around 800 villagers fled to neighbouring villages.",
        [("evacuated", 800, "about", "villagers")],
    ),
    ("The quake left 20,000 people without shelter.", [("evacuated", 20000, None, None)]),
    ("The 12 delegates were told to leave the meeting.", []),
    # Homes, villages and buildings evacuated count no people.
    ("Some 40 homes were evacuated.", []),
    ("Residents of 12 villages were evacuated.", []),
    ("Twelve villages were evacuated.", []),
    ("Officials evacuated the 20-storey tower.", []),
    ("Some 250 families were evacuated.", []),
    ("The school was sheltering about 1,200 people.", [("evacuated", 1200, "about", None)]),
    ("Officials began to relocate 900 villagers.", [("evacuated", 900, None, "villagers")]),
    # Patients moved out of a stricken hospital to others are evacuated, not admitted.
    (
        "About 90 patients were transferred to other hospitals.",
        [("evacuated", 90, "about", "patients")],
    ),
    ("Forty patients were evacuated to nearby hospitals.", [("evacuated", 40, None, "patients")]),
    (
        "Nine of the injured were then taken to a clinic in the capital.",
        [("wounded", 9, None, None)],
    ),
    # Attackers or suspects who fled were not evacuated.
    ("Two suspects fled the scene.", []),
    ("The 20 gunmen fled the area before troops arrived.", [("attackers", 20, None, "gunmen")]),
]

KILLED: list[tuple[str, Expected]] = [
    ("Twelve people died when the bus plunged into a ravine.", [("killed", 12, None, None)]),
    ("Gunmen shot dead nine villagers.", [("killed", 9, None, "villagers")]),
    ("The attack left 17 dead.", [("killed", 17, None, None)]),
    (
        "The blast left at least 30 people dead and 50 wounded.",
        [("killed", 30, "at least", None), ("wounded", 50, None, None)],
    ),
    ("The floods have claimed 60 lives.", [("killed", 60, None, None)]),
    ("Bootleg liquor kills 25 in village", [("killed", 25, None, None)]),
    ("Eleven bodies were recovered from the lake.", [("killed", 11, None, None)]),
    ("Rescuers retrieved 14 bodies.", [("killed", 14, None, None)]),
    ("Nine soldiers lost their lives.", [("killed", 9, None, "soldiers")]),
    ("Five miners perished in the explosion.", [("killed", 5, None, "miners")]),
    ("The number of dead climbed to 33.", [("killed", 33, None, None)]),
    ("Officials put the overall death toll at 27.", [("killed", 27, None, None)]),
    ("The bodies of seven fishermen washed ashore.", [("killed", 7, None, "fishermen")]),
    ("Seven people were confirmed dead.", [("killed", 7, None, None)]),
    (
        "At least 50 people were killed, including 12 children.",
        [("killed", 50, "at least", None), ("killed", 12, None, "children")],
    ),
    ("Five children were among the dead.", [("killed", 5, None, "children")]),
    ("At least 40 deaths have been recorded.", [("killed", 40, "at least", None)]),
    ("Hospital officials reported 23 fatalities.", [("killed", 23, None, None)]),
    ("Nine of the injured later died.", [("killed", 9, None, None)]),
    ("A landslide swallowed homes, killing nine.", [("killed", 9, None, None)]),
    ("The quake killed more than 1,200 people.", [("killed", 1200, "more than", None)]),
    ("Fatalities rose to 19 on Thursday.", [("killed", 19, None, None)]),
    ("The death toll from the quake climbed past 300.", [("killed", 300, None, None)]),
    (
        "Authorities said 22 people had died from drinking the tainted alcohol.",
        [("killed", 22, None, None)],
    ),
    ("Methanol poisoning has killed 31 people.", [("killed", 31, None, None)]),
    ("Raiders torched the village, killing 23 people.", [("killed", 23, None, None)]),
    ("Four policemen were among those killed.", [("killed", 4, None, "policemen")]),
    ("Rescuers recovered the remains of 9 people.", [("killed", 9, None, None)]),
    (
        # "both" takes in the whole gang: their fate and their number (architecture.md).
        "One captive and both robbers were killed.",
        [("killed", 1, None, ANY), ("attackers", 2, None, None), ("killed", 2, None, "robbers")],
    ),
    # Deaths worded by their cause.
    ("Four people were burned alive.", [("killed", 4, None, None)]),
    ("Two people were electrocuted.", [("killed", 2, None, None)]),
    ("Three workers suffocated in the tunnel.", [("killed", 3, None, "workers")]),
    ("Six miners were asphyxiated by the fumes.", [("killed", 6, None, "miners")]),
    ("Eleven people were charred to death.", [("killed", 11, None, None)]),
    ("A mass funeral was held for 23 victims.", [("killed", 23, None, None)]),
    ("Funerals were held for nine of the victims.", [("killed", 9, None, None)]),
    ("Festival shooting leaves 4 dead", [("killed", 4, None, None)]),
    (
        "At least 4 killed, 11 hurt in festival shooting",
        [("killed", 4, "at least", None), ("wounded", 11, None, None)],
    ),
    # Ordinals, ages and animals are no tolls.
    ("An 11th person died on Sunday.", []),
    ("Forty head of cattle were killed.", []),
    ("The gunmen killed 30 cows.", []),
]

WOUNDED: list[tuple[str, Expected]] = [
    ("Doctors treated 20 people for minor injuries.", [("wounded", 20, None, None)]),
    ("Nine people suffered serious injuries.", [("wounded", 9, None, None)]),
    ("At least 80 people were taken to hospital.", [("wounded", 80, "at least", None)]),
    ("Forty people were hospitalised with methanol poisoning.", [("wounded", 40, None, None)]),
    # Poisoning: falling ill, losing sight.
    ("Around 70 people fell ill after drinking the liquor.", [("wounded", 70, "about", None)]),
    ("At least 40 people were taken ill.", [("wounded", 40, "at least", None)]),
    ("Twelve people lost their sight.", [("wounded", 12, None, None)]),
    ("Some 30 people were left blind.", [("wounded", 30, "about", None)]),
    ("Five drinkers went blind.", [("wounded", 5, None, "drinkers")]),
    # Hit by something, left maimed, gravely ill.
    ("At least 20 people were hit by gunfire.", [("wounded", 20, "at least", None)]),
    ("Nine people were struck by shrapnel.", [("wounded", 9, None, None)]),
    ("Four police officers were hit by stones.", [("wounded", 4, None, "police officers")]),
    ("About 30 people suffered cuts and bruises.", [("wounded", 30, "about", None)]),
    ("Some 15 people were left paralysed.", [("wounded", 15, "about", None)]),
    ("Two people were in a coma.", [("wounded", 2, None, None)]),
    ("Eight people were critically ill.", [("wounded", 8, None, None)]),
    # A shooting's victims are counted by what the shots did.
    ("Nine people were shot, four of them fatally.", [("killed", 4, None, None)]),
    (
        "Toxic alcohol kills 31, blinds 12",
        [("killed", 31, None, None), ("wounded", 12, None, None)],
    ),
]

OTHER: list[tuple[str, Expected]] = [
    ("About 300 soldiers were deployed to the area.", [("other", 300, "about", "soldiers")]),
    ("The ferry was carrying 120 passengers.", [("other", 120, None, "passengers")]),
    ("A crowd of about 5,000 gathered in the square.", [("other", 5000, "about", None)]),
    ("The bus had 45 people on board.", [("other", 45, None, None)]),
    ("Some 150 soldiers surrounded the building.", [("other", 150, "about", "soldiers")]),
    # Responders at work, and people attending.
    ("Some 60 firefighters battled the blaze.", [("other", 60, "about", "firefighters")]),
    ("Around 200 rescuers are searching the rubble.", [("other", 200, "about", "rescuers")]),
    ("Nearly 400 rescue workers have been deployed.", [("other", 400, ANY, "rescue workers")]),
    ("Some 2,000 mourners attended the funeral.", [("other", 2000, "about", "mourners")]),
]

MISSING: list[tuple[str, Expected]] = [
    ("At least 20 people are still missing.", [("missing", 20, "at least", None)]),
    ("Some 40 migrants remain unaccounted for.", [("missing", 40, "about", "migrants")]),
    ("Rescuers are still searching for 12 people.", [("missing", 12, None, None)]),
    ("The flood waters carried away 8 people.", [("missing", 8, None, None)]),
    ("Twelve people were washed away by the torrent.", [("missing", 12, None, None)]),
]

NEGATIVES: list[str] = [
    "The 45-year-old man was arrested.",
    "Police arrested him in 2019.",
    "The gunmen demanded $5 million.",
    "The second attacker was arrested.",
    "Three cars were set on fire.",
    "Twelve houses were evacuated.",
    "The arrested man, 34, was charged.",
    "Fire broke out on the 3rd floor.",
    "The 12-storey building was evacuated.",
    "Flights were delayed for 3 hours.",
    "Troops seized 40 rifles.",
    "Police recovered 12 weapons.",
    "Officers arrested him at 3 am.",
    "Police impounded 15 vehicles.",
    "Two of the five buses were destroyed.",
    "Attackers torched 15 villages.",
    "Attackers burned 200 huts.",
    "Raiders stole 300 cattle.",
    "The clinic has 20 beds.",
    "The group released a 10-minute video.",
    "Rescue teams searched 40 buildings.",
    "Some 15 ambulances were sent to the scene.",
    "Police detained him for 48 hours.",
    "He was arrested for the third time.",
    "The suspects, aged 19 and 23, were arrested.",
    "Police arrested a 17-year-old boy.",
    "Police charged the 27-year-old with murder.",
    "The blaze destroyed 12 shops.",
    "Police caught fire to 3 tyres.",
    "Four people were caught in the crossfire of 2 gangs.",
    "Twenty communities were cut off by the floods.",
    "Police seized 300 litres of illicit liquor.",
    "He was booked on 2 flights.",
    "The quake struck at 3.15 am, 10 km deep.",
    "The robbers took 2 million rupees.",
    "Police said one of the 3 cars was stolen.",
    "No suspects have been caught, but 3 cars were seized.",
    "Both men and women were among the crowd.",
    "Police opened an investigation into both deaths.",
    "Fighting broke out on both sides of the canal.",
]


GROUPS: dict[str, list[tuple[str, Expected]]] = {
    "arrested": ARRESTED,
    "attackers": ATTACKERS,
    "freed": FREED,
    "evacuated": EVACUATED,
    "killed": KILLED,
    "wounded": WOUNDED,
    "missing": MISSING,
    "other": OTHER,
    "none": [(sentence, []) for sentence in NEGATIVES],
}
"""Each kind's cases, and the sentences that must give no figure at all."""
CASES = [
    pytest.param(sentence, expected, id=f"{group}: {sentence[:50]}")
    for group, cases in GROUPS.items()
    for sentence, expected in cases
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_phrasebook(sentence: str, expected: Expected) -> None:
    assert _figures(sentence, expected) == expected

"""Common given names by gender, so "she said" does not go to James.

A small, general list (English and widely used international names); a name not
listed leaves the gender unknown, which never blocks a pronoun.
"""

from __future__ import annotations

_MALE = """
Aaron Abdul Abdullah Adam Ahmed Ahmad Alan Albert Alexander Alexei Ali Andrew Andrei Angelo
Anthony Antonio Arthur Ashraf Barack Benjamin Benny Bernard Bill Bob Boris Brian Bruce
Carl Carlos Charles Chris Christopher Colin Daniel Danny David Dennis Dick Dmitry Donald
Douglas Earl Edward Emmanuel Eric Ernest Frank Fred Frederick Fidel Francisco Gary George
Gerald Gordon Greg Gregory Hamid Hans Harold Harry Hassan Henry Hugh Hussein Ian Igor Ivan
Jack Jacques James Jan Javier Jean-Pierre Jeffrey Jerry Jim Jimmy Joe John Johnny Jonathan
Jorge Jose Joseph Juan Julian Karl Keith Kenneth Kevin Khalid Larry Lawrence Leonid Louis
Luis Mahmoud Majed Marc Mark Martin Matthew Michael Mikhail Mohamed Mohammed Muhammad Nabil
Neal Neil Nicholas Nikolai Norman Omar Oscar Patrick Paul Pedro Peter Philip Pierre Rafael
Ralph Raul Ray Raymond Richard Robert Roger Ronald Roy Russell Samuel Scott Sergei Serge
Stanley Stephen Steve Steven Theodore Thomas Tim Timothy Tom Tony Victor Vladimir Walter
Wayne William Willie Xavier Yasser Yitzhak Yuri Zbigniew Benjamin Binyamin Ehud Ariel Shimon
Kofi Nelson Jacob Joel Justin Kurt Lee Manuel Mario Miguel Mitch Nathan Noah Oliver Pablo
Rudolph Sean Simon Stuart Ted Vincent Warren Wesley Zachary Bronislaw Janos Jonas Lech
"""
_FEMALE = """
Alice Amanda Amy Ana Angela Ann Anna Anne Barbara Betty Beverly Brenda Carol Caroline
Catherine Cathy Christine Claire Condoleezza Cynthia Deborah Diana Diane Donna Doris Dorothy
Elaine Elizabeth Ellen Emily Emma Evelyn Frances Golda Hannah Helen Hillary Indira Irene Jane
Janet Janice Jean Jennifer Jessica Joan Joanne Josephine Joyce Judith Judy Julia Julie Karen
Kate Katherine Kathleen Kathy Kelly Kerry Kim Laura Linda Lisa Lois Louise Lucy Madeleine
Margaret Maria Marie Marilyn Marilynn Martha Mary Megan Melissa Michelle Monica Nancy Natalie
Nicole Ninoska Olga Pamela Patricia Paula Rachel Rebecca Rose Ruth Sally Sandra Sara Sarah
Sharon Shirley Sonia Stephanie Susan Suzanne Teresa Theresa Tina Ursula Valerie Victoria
Virginia Wendy Yulia Juanita Angela Benazir Christiane Hanna Ingrid Kamala Marine Nikki Ursula
Mary Nadia Rania Leila Layla Fatima Aisha Sheila Gloria Heather Holly Lynn Marsha Molly
"""

MALE: frozenset[str] = frozenset(_MALE.split())
FEMALE: frozenset[str] = frozenset(_FEMALE.split())
_HONORIFIC = {
    "Mr.": "m",
    "Mr": "m",
    "Mrs.": "f",
    "Mrs": "f",
    "Ms.": "f",
    "Ms": "f",
    "Miss": "f",
    "Sir": "m",
    "Dame": "f",
    "Lady": "f",
    "Lord": "m",
    "King": "m",
    "Queen": "f",
    "Prince": "m",
    "Princess": "f",
    "Father": "m",
    "Sister": "f",
}


def gender(name: str, role: str = "") -> str:
    """'m', 'f' or '' for a person's name and the role words before it."""
    for w in reversed(role.split()):
        if w in _HONORIFIC:
            return _HONORIFIC[w]
    first = name.split()[0] if name.split() else ""
    if first in _HONORIFIC:
        return _HONORIFIC[first]
    if first in MALE and first not in FEMALE:
        return "m"
    if first in FEMALE and first not in MALE:
        return "f"
    return ""

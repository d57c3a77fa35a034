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
Abdel Abu Adrian Ahmet Akbar Alan Alberto Alejandro Alessandro Alex Alfred Alvaro Amir Andre
Andreas Andres Angus Antoine Anton Arnold Ashton Avi Barry Ben Bernie Billy Bjorn Blake
Bradley Brett Bryan Byron Calvin Cameron Carlos Cesar Chad Charlie Chuck Claude Clint Cole
Conor Craig Curtis Dale Dan Darren Dave Dean Derek Dieter Dimitri Dominic Don Donnie Doug
Dwight Ed Eddie Edgar Edmund Eduardo Elias Elliot Emil Emilio Enrique Erik Ernesto Esteban
Ethan Evan Fabio Faisal Farid Felipe Fernando Filippo Florian Francis Franco Francois Frank
Franz Gabriel Gareth Gavin Geoffrey Gerard Gerhard Giorgio Giovanni Giuseppe Glenn Graham
Grant Guillermo Gustavo Hamza Hank Harvey Hector Heinz Helmut Herbert Hiroshi Howard Hugo
Ibrahim Ignacio Ismail Jaime Jake Jamal Jared Jason Javad Jay Jeff Jeremy Jesse Jesus Joachim
Joaquin Johan Jon Jordan Josef Joshua Juergen Julio Karim Keir Ken Kenji Kent Kirk Klaus
Kyle Lance Lars Leo Leon Leonard Leroy Lloyd Lorenzo Luca Lucas Luigi Luke Malcolm Marco
Marcus Mario Marty Marvin Massimo Matt Mauricio Max Mehmet Mel Micheal Miguel Mike Milan
Mitchell Moises Morris Moshe Murray Naftali Narendra Neville Nick Nicolas Nigel Nikola Olaf
Omar Orlando Otto Owen Pascal Pat Pavel Pete Phil Pietro Rahul Ralf Ramon Randy Raphael
Reginald Reza Ricardo Rick Rob Robin Rod Rodrigo Roland Rolf Roman Ron Ross Ruben Rudy
Rupert Ryan Saad Salman Sam Sami Sandro Sanjay Santiago Saul Sebastian Sergio Shane Sheldon
Sidney Silvio Stefan Steffen Sven Tariq Ted Terry Theo Thierry Tobias Todd Tomas Travis
Trevor Troy Tyler Ulrich Umar Valentin Vernon Vince Volodymyr Wade Walid Wallace Wolfgang
Xi Yaakov Yair Yusuf Zach Zoltan Marco Benny Recep Emmanuel Olaf Ehud Jair Lula Hosni Hafez
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
Abigail Adriana Agnes Aileen Alexandra Alexis Alicia Alison Allison Amal Amelia Andrea Angelina
Anita Annalena Annette Antonia Ariana Audrey Beatriz Bella Bernadette Beth Bianca Bonnie
Brigitte Britney Camila Carla Carmen Carolina Cecilia Celine Charlotte Chloe Christina Claudia
Colleen Constance Cristina Daisy Dana Daniela Danielle Daphne Dolores Dominique Edith Elena
Eleanor Elisa Elisabeth Ella Eloise Elsa Erica Erin Esther Eva Eve Fiona Florence Francesca
Gabriela Gabrielle Georgia Geraldine Gina Giorgia Grace Greta Gwen Harriet Hazel Hilda Ilhan
Imelda Ines Iris Isabel Isabella Ivanka Jacqueline Jacinda Jane Janine Jasmine Jenny Jill
Jo Joanna Jocelyn Julianne Juliet Justine Katarina Katie Kay Keiko Kristen Kristin Lara
Lauren Leah Liz Lorraine Lucia Luisa Lydia Mabel Madison Maggie Marcia Margarita Marina
Marisa Marjorie Marta Maureen Maxine Melanie Mercedes Meryl Mia Mildred Miriam Nancy Naomi
Natasha Nina Nora Norma Olivia Paloma Patty Pauline Peggy Penny Priscilla Priti Raquel
Renata Rita Roberta Rosa Rosalind Rosemary Roxanne Sabine Samantha Sandy Selena Serena
Shannon Silvia Simone Sofia Sophia Sophie Stella Suzy Sylvia Tamara Tanya Tara Tessa Tracy
Tulsi Valentina Vanessa Vera Veronica Viola Vivian Yolanda Yvonne Zoe Marge Mariela Kemi
"""

MALE: frozenset[str] = frozenset(_MALE.split())
FEMALE: frozenset[str] = frozenset(_FEMALE.split())
GIVEN: frozenset[str] = MALE | FEMALE
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

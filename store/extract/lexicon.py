"""Closed word lists the rules lean on: speech verbs, titles, abbreviations.

General English and newsroom knowledge only, nothing taken from the evaluation data.
Place names, demonyms and organisation words live in `gazetteer.py`.
"""

from __future__ import annotations

# Verbs that introduce reported speech or writing (all inflections listed).
SPEECH_VERBS: frozenset[str] = frozenset(
    """
    say says said saying tell tells told telling add adds added adding state states stated
    explain explains explained note notes noted ask asks asked reply replies replied
    answer answers answered declare declares declared announce announces announced
    insist insists insisted argue argues argued warn warns warned write writes wrote
    writing written exclaim exclaims exclaimed continue continues continued recall recalls
    recalled acknowledge acknowledges acknowledged admit admits admitted claim claims claimed
    comment comments commented suggest suggests suggested remark remarks remarked
    conclude concludes concluded urge urges urged stress stresses stressed emphasize
    emphasizes emphasized emphasise emphasised maintain maintains maintained observe
    observes observed predict predicts predicted promise promises promised vow vows vowed
    concede concedes conceded caution cautions cautioned complain complains complained
    contend contends contended respond responds responded quip quips quipped joke jokes
    joked tweet tweets tweeted post posts posted call calls called calling describe
    describes described describing assert asserts asserted affirm affirms affirmed
    confirm confirms confirmed deny denies denied boast boasts boasted charge charges
    charged counter counters countered scoff scoffs scoffed shout shouts shouted
    yell yells yelled testify testifies testified mutter muttered whisper whispered
    reiterate reiterates reiterated repeat repeats repeated pledge pledges pledged
    demand demands demanded estimate estimates estimated characterize characterized
    term terms termed dub dubs dubbed label labels labeled labelled brand branded
    announce read reads recount recounts recounted report reports reported lament laments
    lamented chant chants chanted chanting shouting exhorted exhort exhorts condemn condemns
    condemned denounce denounces denounced praise praises praised hail hails hailed
    criticize criticizes criticized criticise criticised cite cites cited
    """.split()
)

# Words that may stand between a speaker and the speech verb ("has also said").
AUXILIARIES: frozenset[str] = frozenset(
    "has have had was is were would will also later then further again had once previously "
    "earlier publicly repeatedly recently just".split()
)


# Offices written as acronyms that stand for the person holding them.
TITLE_ACRONYMS: dict[str, str] = {
    "POTUS": "President",
    "VPOTUS": "Vice President",
    "FLOTUS": "First Lady",
}

# Roles and honorifics put before a name ("Secretary General Mark Rutte").
TITLE_WORDS: frozenset[str] = frozenset(
    """
    President Vice Prime Minister Secretary General Secretary-General Deputy Chancellor
    King Queen Prince Princess Sheikh Emir Sultan Pope Cardinal Bishop Archbishop Rabbi
    Imam Ayatollah Rev. Reverend Father Sister Mr. Mrs. Ms. Miss Dr. Prof. Professor
    Sen. Senator Rep. Representative Congressman Congresswoman Gov. Governor Mayor
    Lt. Gen. Gen. Col. Maj. Capt. Sgt. Cpl. Pvt. Adm. Cmdr. Commander Admiral Colonel
    Major Captain Sergeant Lieutenant Marshal Field Chief Judge Justice Attorney
    Ambassador Envoy Special Spokesman Spokeswoman Spokesperson Chairman Chairwoman
    Chair Director Executive Officer CEO Chief Founder Co-founder Speaker Leader
    Foreign Defense Defence Interior Finance Health Justice State Treasury Trade
    Agriculture Education Energy Labor Labour Commerce Home Economy Economic Information
    Culture Transport Transportation Commissioner Superintendent Inspector Detective
    Officer Agent Coach Manager Editor Anchor Correspondent Analyst Economist Premier
    Crown Grand Supreme Acting Interim Former Ex Then-President Dame Sir Lord Lady
    Baroness Baron Count Duke Duchess Pastor Monsignor Cardinal Patriarch Delegate
    Messrs Staff Councillor Councilman Councilwoman Alderman Sheriff Marshal Prosecutor Counsel
    Solicitor Barrister Lawyer Attorney-General Auditor Treasurer Registrar Provost Dean
    Rector Chancellor Vice-President Vice-Chairman Minister-President Undersecretary
    Under-Secretary Assistant Associate Senior Junior Principal Head Presidential
    Environment Transport Tourism Housing Employment Industry Immigration Fisheries Science
    Sports Youth Welfare Social Security Homeland Veterans Development Planning Mines Public
    Works Infrastructure Digital Climate Finance Budget Intelligence
    """.split()
)

# Abbreviations that end in a period without ending a sentence.
ABBREVIATIONS: frozenset[str] = frozenset(
    """
    Mr Mrs Ms Dr Prof Sen Rep Gov Gen Lt Col Maj Capt Sgt Cpl Pvt Adm Cmdr Rev Fr St Mt
    Ft Jr Sr Sens Reps Inc Corp Co Cos Ltd Bros Plc No Nos vs Vs etc Jan Feb Mar Apr Jun
    Jul Aug Sep Sept Oct Nov Dec Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans
    Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev Okla Ore Pa Penn Tenn Tex Va Vt Wash Wis
    Wyo Ont Que Gov Supt Dept Univ Assn Ave Blvd Rd approx est Messrs Mmes
    """.split()
)

# Capitalised words that begin sentences without being names.
SENTENCE_STARTERS: frozenset[str] = frozenset(
    """
    The A An This That These Those It Its He She They We I You His Her Their Our My Your
    But And Or So Yet Still However Meanwhile In On At For From With Without By To Of As
    After Before During Since Until While When Where Why How What Who Whom Whose Which If
    Although Though Because Despite Also Then There Here Now Today Yesterday Tomorrow
    Some Many Most Several Few All Both Each Every Other Another Such No Not Only Even
    Earlier Later Last Next Under Over About Among Between Against Through Across Around
    Asked Speaking According Once Just More Less One Two Three Four Five Six Seven Eight
    Nine Ten Instead Overall Indeed Nevertheless Nonetheless Moreover Furthermore Thus
    Hence Otherwise Besides Perhaps Maybe Already Again Yes Oh Well Like Unlike Amid
    Following Whether Do Does Did Is Are Was Were Has Have Had Will Would Can Could
    Should Must May Might Let Please Nor Neither Either Any None Much Little Nothing
    Everything Something Anything Everyone Someone Anyone Nobody Everybody Somebody
    First Second Third Finally Lastly Another Turning Officials Police Authorities Analysts
    Experts Critics Residents Witnesses
    """.split()
)

# Capitalised words that are not names of actors.
NON_NAMES: frozenset[str] = frozenset(
    """
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
    May June July August September October November December Jan. Feb. Mar. Apr. Jun. Jul.
    Aug. Sep. Sept. Oct. Nov. Dec. God Internet Web Christmas Easter Ramadan
    I I'm I've I'd I'll We We're It It's You They He She Messrs Mr Mrs Ms Hallelujah
    Olympics Holocaust Mother Father Dad Mom Sir Madam EDT EST PDT PST CDT CST MDT MST
    GMT UTC CET BST Earth Heaven Hell Mass
    """.split()
)

# Adjectives that are no actor alone but may start a name ("European Commission").
ADJECTIVES: frozenset[str] = frozenset(
    """
    Republican Democratic Democrat Presbyterian Jewish Catholic Christian Muslim Islamic Arab
    Arabic Western Eastern Northern Southern Communist Socialist Conservative Liberal
    Protestant Orthodox Sunni Shiite Hindu Buddhist Sikh Latino Hispanic Asian African
    European Hebrew Latin Nazi West East Roman English Federal National International Global
    Royal Imperial Soviet Central
    """.split()
)

# Verbs that make an undated sentence a report at the publication date.
REPORT_VERBS: frozenset[str] = frozenset(
    """
    launched launches launch began begins opened opens closed closes signed signs
    approved approves agreed agrees killed kills attacked attacks struck strikes arrested
    arrests elected elects resigned resigns won wins lost loses voted votes released
    releases ruled rules filed files sued sues met meets visited visits joined joins
    left leaves reached reaches raised raises cut cuts bought buys sold sells fired fires
    hit hits captured captures rejected rejects accepted accepts ordered orders imposed
    imposes lifted lifts sent sends held holds named names appointed appoints
    """.split()
)

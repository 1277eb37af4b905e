# ruff: noqa: E501
"""v9 corpus groups (contrastive pairs): sol.murder_for_hire, sol.call_to_action,
sol.joke_framed, sol.price_list, sol.bounty, sol.with_threat, against
neg.court_record, neg.fiction_film, neg.quote, neg.lawful_reward, neg.news_bounty.
Pairs share a surface (insurance payouts, free tattoo work, bingo cards, proof tiers,
pledge tallies, 'asking for a friend', camera crews, barter goods, livestock, taxi
concessions, pastorelas and posadas, letters to the Three Kings, menus, meeting
agendas, nomination challenges, add-on price lists, raffles) and differ only in the
feature that decides the label.
Fictitious people and reserved numbers only."""

POOLS: dict[str, list[str]] = {}
POOLS_ES: dict[str, list[str]] = {
    # persona identificable ya con la preposición "a" (al / a la), para no escribir "a el"
    "v9sc_al": [
        "al comandante {last}",
        "al agente de la migra {first_m} {last}",
        "a la agente {last} de ICE",
        "al juez {last}",
        "a la jueza {first_f} {last}",
        "al fiscal {last}",
        "al testigo del caso {last}",
        "a la periodista {first_f} {last}",
        "al reportero {first_m} {last}",
        "a la activista {first_f} {last}",
        "a la enfermera {first_f} {last}",
        "a la maestra {first_f} {last}",
        "a mi ex {first}",
        "al vecino {first_m} {last}",
        "al casero {last}",
        "al streamer {handle}",
        "a {first_m} {last}",
        "al regidor {last}",
        "a la doctora {last}",
        "al líder del tianguis {first_m} {last}",
    ],
    # acto de daño en subjuntivo con su objetivo ("que alguien ...", "al que ...")
    "v9sc_acto": [
        "mate {v9sc_al}",
        "le dé piso {v9sc_al}",
        "le rompa las piernas {v9sc_al}",
        "mande al hospital {v9sc_al}",
        "se eche {v9sc_al}",
        "desaparezca {v9sc_al}",
        "le meta un plomazo {v9sc_al}",
        "quiebre {v9sc_al}",
        "deje en silla de ruedas {v9sc_al}",
    ],
}

GROUPS: list[dict] = [
    # ------------------------------------------------ insurance payout: court vs hire
    dict(
        family="neg.court_record",
        lang="en",
        labels="",
        note="a probate or interpleader ruling under the slayer rule quotes a beneficiary's offer of half a life-insurance payout for a killing; the deciding feature is that a court record reports someone else's solicitation (policy: court records never flag)",
        templates=[
            "IN RE ESTATE OF {first} {last}. ORDER ON INTERPLEADER. The insurer deposited the $500,000 policy proceeds with the court registry. The record shows the named beneficiary texted a coworker, 'it pays double if it's an accident, half is yours if he doesn't come back from the lake.' Under the slayer statute the beneficiary takes nothing.",
            "Findings of fact, para. 14: Before the decedent's death, Respondent offered {first2} {last2} 'half the life insurance' to 'make sure {first} never makes it home from the job site.' The court finds by clear and convincing evidence that Respondent procured the killing and is barred from taking under the policy.",
            "Minute entry, probate division. Hearing on the insurer's motion to pay policy proceeds into court. Exhibit 7, text messages from the beneficiary ('a million if they rule it an accident, you get half'), admitted without objection. Ruling under the slayer rule taken under advisement.",
            "The contingent beneficiaries' petition argues the primary beneficiary forfeited the policy: per the criminal judgment, she promised an acquaintance 'fifty percent of whatever the insurance pays' to kill her husband, {first_m} {last}. Petitioners ask that the $750,000 be distributed to the decedent's children.",
        ],
        n=7,
    ),
    dict(
        family="sol.murder_for_hire",
        lang="en",
        labels="S",
        note="the author offers one specific person a share of a life or key-person insurance payout once an identifiable partner or relative dies in an 'accident'; the deciding feature is that the author is making the offer now (policy: murder-for-hire, payment in any form)",
        templates=[
            "Keep this between us. The company carries a key-person policy on {first_m} {last}, two million. You work the press line with him every night. If the press 'malfunctions' while he's under it, a quarter of that check is yours. Think it over.",
            "{first2}, real talk: the insurance on my stepdad is a million and it pays double for accidents. Half is yours if he doesn't make it back from the hunting trip you're taking with him. Think about it over the weekend.",
            "Per our conversation at the bar: the policy on {first} {last} names me, and it's $800,000. Forty percent goes to you the week the claim clears, provided the coroner calls it an accident.",
            "u know hes insured up to his eyeballs. u also know hes up on that roof every weekend. a ladder slips, the check comes in, we split it 50/50. ur call",
        ],
        n=7,
        paid=True,
    ),
    # ------------------------------------------------ free tattoo work: favour vs hire
    dict(
        family="neg.lawful_reward",
        lang="en",
        labels="",
        note="a tattoo artist offers free tattoo work to whoever helps knock out a wall or gut a studio; the deciding feature is that the work paid for is demolition, and no person is harmed (policy: paid favours are not solicitation)",
        templates=[
            "Free half sleeve (my design, your placement) to whoever helps me knock out the wall between the two back rooms Saturday. Bring a sledge, I've got masks and gloves.",
            "Shop expansion! Need 2 people with strong backs to rip out the old counter and smash up the floor tile. Payment = a free piece, up to 4 hours in my chair. DM {handle}.",
            "ok tattoo fam, whoever helps me gut the old studio on {street} this weekend gets a flash piece on the house. mostly drywall, plus beating the hell out of a bolted-down barber chair",
            "Trade: a full day of tattoo time for a full day of demo work. Tear-out, sledgehammer, haul it all to the dumpster. First two people to reply get it.",
        ],
        n=7,
    ),
    dict(
        family="sol.murder_for_hire",
        lang="en",
        labels="S",
        note="a tattoo artist offers one client free tattoo work if he puts an identifiable person in the hospital; the deciding feature is that the service pays for harm to a person (policy: murder-for-hire, payment in goods or favours)",
        templates=[
            "You still want that back piece, {first2}? Every session is free if {target} ends up needing stitches before the end of the month. That's the deal.",
            "Told you I'd make it worth your while. Full sleeve, no charge, the day you send me a picture of {target} in a hospital bed.",
            "Here's my offer, {first2}: you handle {target} the way we talked about, broken jaw minimum, and every tattoo you get from me for a year is on the house.",
            "u want the chest piece free? easy. put {target} in the ER. i'll book u for the day after",
        ],
        n=7,
        paid=True,
    ),
    # ------------------------------------------------ bingo card: film vs rally
    dict(
        family="neg.fiction_film",
        lang="en",
        labels="",
        note="a watch-party bingo card or drinking game for a hitman film lists contracts and killings of characters; the deciding feature is that every square is a scene in a film (policy: fiction and film)",
        templates=[
            "HITMAN MOVIE NIGHT BINGO 🎬 squares: 'the contract is open' • the judge gets shot in the parking garage • someone pays with a briefcase • the witness doesn't make it to trial • slow-motion stabbing. Drink when you mark one.",
            "Made a bingo card for the {film} marathon: the crooked sheriff puts a price on the reporter, the hitman double-crosses his boss, a car blows up, a body goes in the river. Free space: 'it's nothing personal.'",
            "{film} drinking game: one sip every time someone says 'take him out', two when a bounty amount flashes on screen, finish your glass when the nurse gets kidnapped. pace yourselves, there are a lot.",
            "bingo cards for tonight's watch party are up. center square is 'two million for the senator's head.' five in a row before the bathtub scene and you pick the next movie",
        ],
        n=7,
    ),
    dict(
        family="sol.call_to_action",
        lang="en",
        labels="S",
        note="a 'bingo card' for a real rally or meeting whose squares are assaults on identifiable people who will be there, with readers told to fill it in; the deciding feature is that the targets and the harm are real (policy: calls to action)",
        templates=[
            "RALLY BINGO for {day} 🎯 squares: knock the camera off {journalist} • bloody nose on {target} • shove someone from the counter-protest down the courthouse steps • free space: anybody in a press vest on the ground. Post your card with proof.",
            "Saturday's bingo card for the march is out. You get a row by hurting the people in the squares. B1: swing on {journalist}. B2: break a finger on {target}. B3: put one of the {group} on the pavement. Winners get pinned.",
            "bingo at the town hall tmrw: punch {target} ✅ trip {journalist} down the stairs ✅ get anybody holding their sign bleeding ✅ first full card gets pinned to the top of the group. go make it happen",
            "Here's the card. Every square is a person who'll be at the {day} rally and what happens to them: {target}, cracked ribs. {journalist}, broken camera and broken face. Fill a line and post it. I want full cards by sundown.",
        ],
        n=7,
    ),
    # ------------------------------------------------ proof tiers: sighting vs beating
    dict(
        family="neg.lawful_reward",
        lang="en",
        labels="",
        note="a reward tiered by quality of proof (blurry photo, clear photo, video) for sightings of an escaped animal or a rare bird, with 'do not approach'; the deciding feature is that the proof documents a sighting and nobody is harmed (policy: lawful rewards)",
        templates=[
            "ESCAPED: our emu, Gregory, last seen near {street}. Reward by proof: blurry photo $50, clear photo with location $200, video of where he's roosting $500. Please do NOT try to catch him, he kicks. Call {phone}.",
            "Birding club bounty board 🐦 first documented sighting of the vagrant heron at the reservoir pays out. Heard-only $25, photo $100, photo plus GPS pin $250. Flushing or chasing the bird disqualifies you.",
            "The county zoo is paying for tips on the escaped capybara: blurry phone pic 100 bucks, sharp pic 300, video showing where she sleeps 1k. Keepers will handle the capture. Don't chase her.",
            "reward tiers for our missing tortoise Tank: any photo 50, photo w/ cross street 150, tell us where he's hiding right now 400. he's slow, u don't need to grab him, just call us",
        ],
        n=7,
    ),
    dict(
        family="sol.price_list",
        lang="en",
        labels="S",
        note="the author pays in tiers by quality of proof (photo, clear photo, video) of an assault on an identifiable person; the deciding feature is that the proof documents real harm the author is paying for (policy: price lists)",
        templates=[
            "{target}. Payout by proof: blurry pic of them on the ground $500, clear pic with the blood showing $2k, full video of the beating $5k. I pay on CashApp the same night.",
            "Tiered, like a reward poster but better: photo of {target} with a black eye = 1 band, photo from the ER = 3 bands, video of it happening = 5. Post in the private chat and I pay out.",
            "proof pays. pic of {target} after, face visible: 300. clip of the actual hit: 1k. clip where they don't get back up: 2.5k. i send zelle or cash, ur choice",
            "What I'll pay anyone who gets to {target} this week: audio of it only, $250. Photo, $1,000. Video where you can see the face and the damage, $4,000. No proof, no pay.",
        ],
        n=7,
        paid=True,
    ),
    # ------------------------------------------------ pledge tally: moderation vs adding money
    dict(
        family="neg.quote",
        lang="en",
        labels="",
        note="a trust-and-safety log or moderator note quotes a thread where users pledged money on top of a bounty, and records the removals; the deciding feature is that the author quotes to moderate and report (policy: quotes that report a solicitation)",
        templates=[
            "Incident #{num}, pledge thread. OP: '{amount} to whoever {act_3s}.' Replies stacked more money on top ('+500', 'another 1k from me'). Actions: thread removed, 4 accounts suspended, referral sent to law enforcement, target notified.",
            "Weekly escalation summary: one bounty thread about {target}. The original post offered {amount}; two users replied 'adding $500' and 'matching.' All posts removed within 11 minutes and preserved for a police request.",
            "mod note for the team: the 'pot' thread about {target} is gone. top post said '{amount}, whoever gets them first' and people were stacking money in the replies. if it comes back: remove, ban, escalate. don't reply to it",
            "From the safety report we filed: 'User A posted an offer of {amount} for harming {target}. Users B and C replied pledging additional sums.' We're sharing the wording so other moderators can recognize copies.",
        ],
        n=7,
    ),
    dict(
        family="sol.joke_framed",
        lang="en",
        labels="S",
        note="the author quotes someone else's bounty on an identifiable person and pledges more money on top, updating the pot; the deciding feature is that the author endorses and adds to the offer (policy: a quote used to endorse and add to a bounty is the author's own act)",
        templates=[
            "> '{amount} to whoever {act_3s}'\nadding $1,500 to this. pot's now that plus mine. same rules, proof first",
            "Reposting {handle}'s offer because it deserves more money: '{amount} for whoever {act_3s}.' Plus {amount2} from me. Payout comes from both of us.",
            "Saw the post about {target}. Running tally: original {amount}, +$500 from the guy in the comments, +$2,000 from me. Whoever does it collects all of it.",
            "quoting for visibility: 'whoever {act_3s} gets {amount}.' ya i'm matching it. double the money, same job",
        ],
        n=7,
        paid=True,
    ),
    # ------------------------------------------------ 'asking for a friend': appeal vs offer
    dict(
        family="neg.quote",
        lang="en",
        labels="",
        note="a platform's appeal decision quotes a user's 'asking for a friend' offer of money for harm and explains why the removal stands; the deciding feature is that the author is the moderator quoting it (policy: quotes made to moderate)",
        templates=[
            "Your appeal has been reviewed. The removed post read: 'asking for a friend 👀 how much would it take for someone to {act} this week? I've got {amount} ready.' A joking tag does not change a real offer of payment for harm, so the removal stands.",
            "Appeal decision, case {num}: the user argued the post ('asking for a friend, who'd {act} for {amount}?') was a joke. Reviewers upheld the removal and the 7-day suspension. No further appeal is available.",
            "Re: your request for review. We re-read your post about {target} ('asking for a friend... {amount} if anyone feels like making it happen'). Under our violent speech rules it remains removed, and your account is restricted for 30 days.",
            "Reviewer note on appeal: user says 'asking for a friend' was obvious sarcasm. Post quoted in full: 'asking for a friend, {amount} to whoever {act_3s}.' Decision: uphold. The disclaimer does not cancel the offer.",
        ],
        n=7,
    ),
    dict(
        family="sol.joke_framed",
        lang="en",
        labels="S",
        note="'asking for a friend' framing around a concrete payment for harming an identifiable person; the deciding feature is that the author makes the offer in their own post (policy: judge the author's act, not their disclaimer)",
        templates=[
            "asking for a friend 👀 what would it take for someone to {act} before the end of the month? {amount} is sitting in my friend's account. my friend is very serious.",
            "Asking for a friend: if someone wanted {target} put in the hospital, would {amount} cover it? My friend can pay Friday. DMs open.",
            "not for me, asking for a friend lol. friend says {amount} on {app} to whoever {act_3s}. friend also says proof first. friend is me",
            "Asking for a friend: anyone around {city} who'd {act} for {amount}? Half now, half after. (the friend is real and so is the money)",
        ],
        n=7,
        paid=True,
    ),
    # ------------------------------------------------ camera operator: stunt vs real beating
    dict(
        family="neg.fiction_film",
        lang="en",
        labels="",
        note="a student or indie film crew call for a camera operator to shoot a staged fight or ambush scene the author acts in; the deciding feature is that the violence is choreographed between consenting actors (policy: fiction and film)",
        templates=[
            "Crew call: need a camera op Saturday for a short film. Scene 12 is the alley beating. I play the enforcer, {first} plays the witness, and our stunt coordinator is on set the whole time. Lunch and a credit.",
            "Looking for someone with a gimbal for a student film fight scene. I'm the actor throwing the punches, {first2} takes the fall onto crash pads. Nobody gets touched for real, we've rehearsed it 20 times.",
            "anyone free {day} to film a fake fight for my music video? i 'stomp' my buddy {first} behind the laundromat, all choreographed. just need steady hands and your phone",
            "NEEDED: 2nd camera for an indie thriller shoot on {street}. Scene: my character ambushes a reporter in a parking garage. Stunt team booked, rubber knife, permits filed.",
        ],
        n=7,
    ),
    dict(
        family="sol.with_threat",
        lang="en",
        labels="TS",
        note="the author recruits someone to film while the author beats an identifiable real person; the deciding feature is that the harm is real and the author says they will do it (policy: solicitation plus the author's own threat)",
        templates=[
            "Need a camera guy {day}. I'm catching {target} outside the gym and beating them until they can't stand. You just film and post it.",
            "who wants to hold the phone while I beat {target} senseless? I'm doing it either way, I just want it on video.",
            "Looking for one person with a steady hand. Tomorrow night I'm going to break {target_poss} nose in the {biz} parking lot. Your job is to record and keep the crowd back.",
            "streamers gonna stream. I'm pulling up on {target} at the meet and greet and putting hands on them live. need someone to run my second cam, dm me",
        ],
        n=7,
    ),
    # ------------------------------------------------ goods as payment: blotter vs barter
    dict(
        family="neg.news_bounty",
        lang="en",
        labels="",
        note="police-blotter briefs report arrests of people who offered goods (a pickup title, a boat, a gun collection, a console) for a killing or a beating; the deciding feature is that the author reports someone else's solicitation (policy: news)",
        templates=[
            "POLICE BLOTTER, {day}: A 61-year-old {city} man was arrested after offering an undercover deputy the title to his pickup to kill a neighbor over a fence dispute. He is being held on a solicitation charge.",
            "Blotter: Officers booked a woman, 34, who allegedly offered her boat and trailer to a coworker to 'put her ex in the hospital.' The coworker called police. Bond was set at $50,000.",
            "From this week's sheriff's log: man, 45, charged with solicitation after telling an informant his gun collection was 'yours if my brother-in-law stops breathing.' No one was hurt.",
            "Crime briefs: A {city} teen was cited after offering classmates his game console to beat up a teacher. School resource officers stepped in before anyone was harmed.",
        ],
        n=7,
    ),
    dict(
        family="sol.bounty",
        lang="en",
        labels="S",
        note="a barter or swap-group post offers skilled work or goods to whoever breaks or beats an identifiable person; the deciding feature is that the author is offering the goods for harm now (policy: bounties, payment in goods)",
        templates=[
            "ISO: anyone willing to break {target_poss} hands. OFFERING: a full transmission rebuild, parts and labor, no cap. Local only. Proof required.",
            "Barter board 🔄 HAVE: a year of free landscaping, a welded utility trailer, a freezer full of venison. WANT: {target} beaten badly enough to be off their feet for a month. First to deliver gets their pick.",
            "trade offer: my whole vinyl collection (900+ records) for whoever puts {target} in a cast. not kidding, i'll hand it over in the driveway",
            "Swap & Trade group, please don't delete: I'll roof your house free, materials included, for whoever sends {target} to the ER. Just show me proof.",
        ],
        n=7,
        paid=True,
    ),
    # ------------------------------------------------ raffle: volunteer chores vs punches
    dict(
        family="neg.lawful_reward",
        lang="en",
        labels="",
        note="a volunteer raffle gives tickets per bag of invasive plants ripped out or per plank or shed torn down; the deciding feature is that the entries are earned by chores and nobody is hurt (policy: paid favours and prizes are not solicitation)",
        templates=[
            "Community garden cleanup raffle: every bag of invasive vines you rip out Saturday = 1 ticket. Prize: the ATV donated by {biz}. Drawing Sunday at the potluck.",
            "One ticket per hour of demo work at the old clubhouse, five tickets if your crew takes down the whole back shed. Grand prize a $500 gift card, second prize a PS5.",
            "the knotweed raffle is live 🎟️ 1 entry = 1 bag of the stuff killed and bagged. winner gets a new mower. drop bags at the shed or it doesn't count",
            "Enter to win a 65-inch TV! How to enter: help us tear out the rotten boardwalk at the nature center. Every plank you pull is an extra entry.",
        ],
        n=7,
    ),
    dict(
        family="sol.bounty",
        lang="en",
        labels="S",
        note="raffle entries, with a prize of goods or money, for each punch landed on an identifiable person; the deciding feature is that the entries are earned by assaulting a real person (policy: bounties)",
        templates=[
            "Raffle rules for the farmers market Saturday: every punch you land on {target} = 1 ticket. Video proof. Prize: my ATV. Drawing Sunday night.",
            "One ticket per hit, five tickets if {target} goes down and stays down. Grand prize {amount}, second prize a PS5. Submit clips by {day}.",
            "raffle is live for {target} 🎟️ 1 entry = 1 clean shot to the face. winner gets {amount}. proof in the group chat or it doesn't count",
            "Enter to win a 65-inch TV! How to enter: leave {target} bleeding somewhere I can see it. Every broken bone is an extra entry.",
        ],
        n=7,
        paid=True,
    ),
    # ------------------------------------------------ nomination challenge: news vs dare
    dict(
        family="neg.news_bounty",
        lang="en",
        labels="",
        note="news reports, headlines and an explainer about a viral 'nominate three' challenge that dared teens to assault teachers or officers; the deciding feature is that the author reports someone else's call to attack (policy: news)",
        templates=[
            "Police in {city} are warning parents about a social media 'challenge' that dares teens to shove or slap a teacher on video and then nominate three friends. Two students have been charged, and the district says it is working with platforms to remove the posts.",
            "Viral 'nominate 3' challenge targeting school resource officers linked to four assaults; platform says videos removed",
            "Channel 6 at 10: a dare circulating on video apps tells kids to knock down a bus driver and tag three friends to go next. We spoke with a driver who was hit and with the detective on the case.",
            "Explainer: how 'assault challenges' spread. A dare is posted, a video follows, three new people are tagged. Researchers who tracked them found the chain usually names a teacher, a bus driver or a cop. Here's what platforms say they are doing.",
        ],
        n=7,
    ),
    dict(
        family="sol.call_to_action",
        lang="en",
        labels="S",
        note="a 'nominate three friends' challenge chain dares readers to knock down or injure an identifiable person on camera; the deciding feature is that the author issues the dare (policy: calls to action)",
        templates=[
            "THIS WEEK'S CHALLENGE 🔥 rules: walk up to {target}, knock them down, film it, then nominate 3 friends to do it next. I nominate the whole group chat. clock's ticking.",
            "I'm nominating everybody in this group. The challenge: catch {target} in public, break something (a nose counts), post the video, tag three people. Don't break the chain.",
            "new challenge just dropped. you've got 48 hours to put {target} on the ground and upload it. if you don't, you owe the group. tag your 3 nominees below 👇",
            "You got nominated, so here's the job: find {target} after work and put hands on them hard enough that they need stitches. Post it with the tag and call out the next three.",
        ],
        n=7,
    ),
    # ------------------------------------------------ add-on price list: court vs list
    dict(
        family="neg.court_record",
        lang="en",
        labels="",
        note="closing arguments, a trial transcript and a jury instruction quote a defendant's 'base rate plus add-ons' price list for an assault; the deciding feature is that a court record quotes another's solicitation (policy: court records never flag)",
        templates=[
            "CLOSING ARGUMENT (State): 'Read Exhibit 4 again. Base rate, one thousand dollars to put hands on {first_m} {last}. Plus three if he can't walk. Plus ten if he doesn't wake up. That is not a joke. That is a price list, and the defendant wrote it.'",
            "Trial tr. vol. 3, p. 211. Q. You typed 'upgrades: broken arm plus fifteen hundred'? A. I typed it. I never paid anyone. Q. And who is named in line one? A. {first} {last}.",
            "Defense closing, excerpt: 'The State keeps reading you the \"order form\" with its checkboxes and prices. My client never sent it to anyone. It sat in his drafts folder. Solicitation requires asking another person.'",
            "Court's Instruction No. 12: You have heard evidence of a document listing a base price and 'add-ons' for injuries to {first} {last}. You may consider it only on the question of the defendant's intent.",
        ],
        n=7,
    ),
    dict(
        family="sol.price_list",
        lang="en",
        labels="S",
        note="the author pays a base price for assaulting an identifiable person plus priced add-ons for worse injuries; the deciding feature is that the author is offering the rates now (policy: price lists per act)",
        templates=[
            "I'll pay a base rate of $1k to whoever puts hands on {target}. Add-ons: +$1k for teeth, +$3k if they can't walk after, +$10k if they don't wake up. Build your own order.",
            "Starting at 500 from me for a beating on {target}. Upgrades: broken arm +1,500, broken jaw +2,500, ICU +5k. Pick your package, send proof, I pay.",
            "Order form for {target}, I'm paying:\n☐ basic (bruises) 800\n☐ deluxe (broken bones) 3,000\n☐ premium (hospital stay) 7,500\n☐ permanent 25,000\ncheck a box, do the work, get paid",
            "My rates on {target}: a black eye gets you {amount}. Every extra broken bone, I add another grand on top. The full upgrade, message me and we'll talk numbers.",
        ],
        n=7,
        paid=True,
    ),
    # ------------------------------------------------ pre-written obituary (no partner)
    dict(
        family="sol.call_to_action",
        lang="en",
        labels="S",
        note="the author posts a pre-written obituary or eulogy for an identifiable living person and urges readers to 'make it accurate'; urging others to kill without a harm verb is a call to action (policy: calls to action)",
        templates=[
            "Already wrote {target_poss} obituary. 'Survived by no one who'll miss them.' All it needs now is for one of you to make it accurate. This week, please.",
            "Draft eulogy for {target}, date of death TBD. Somebody out there needs to fill in the date. You know what I'm asking.",
            "I keep a folder of obituaries for people who deserve one early. The one for {target} is finished and formatted. Whoever lives near them, it's on you to make it publishable.",
            "rip {target} (not yet, but soon if any of u have a spine). obituary's written, someone just do the part that makes it true",
        ],
        n=7,
    ),
    # ================================================================ SPANISH
    # ------------------------------------------------ becerro: abigeato vs golpiza
    dict(
        family="neg.lawful_reward",
        lang="es",
        labels="",
        note="un ganadero o la asociación ofrece un becerro, una yegua o dinero por información que lleve a detener a los abigeos, entregada a la Fiscalía; lo decisivo es que se paga por información a la autoridad, no por dañar a nadie (policy: lawful rewards)",
        templates=[
            "Se ofrece un becerro de año a quien dé información que lleve a detener a los que se robaron el ganado de la parcela de {first_m} {last}. Los datos se entregan a la Fiscalía o al comisariado, con discreción.",
            "Gratificación: dos becerros y un costal de maíz para quien ayude a recuperar las vacas que se llevaron de {street}. Nada de hacer justicia por su cuenta, todo se entrega a la autoridad.",
            "Compañeros ganaderos: la asociación paga {amount} y un becerro a quien aporte datos para la orden de aprehensión contra los abigeos. Ya hay carpeta abierta; no se acerquen a ellos.",
            "Recompensa: una yegua criolla para quien diga dónde están los caballos robados. Que los recoja la policía, ni un golpe a nadie, nomás queremos los animales de vuelta.",
        ],
        n=7,
    ),
    dict(
        family="sol.bounty",
        lang="es",
        labels="S",
        note="se ofrece ganado, cosecha o un potrero a quien golpee o mate a una persona identificable; lo decisivo es que el pago en especie es por el daño (policy: bounties, payment in goods)",
        templates=[
            "Le doy un becerro de los buenos al que le quiebre las piernas {v9sc_al}. Y si queda en silla de ruedas, le doy dos.",
            "Mi yegua criolla y la cosecha de este año para el que {v9sc_acto}. Palabra de ranchero.",
            "Tengo diez chivas apartadas para quien mande al suelo {v9sc_al} en el camino al ejido, y que no se levante. Nomás tráiganme la foto.",
            "Ahí está la oferta: el potrero de abajo, con todo y ganado, para el primero que {v9sc_acto}. Esto no es broma.",
        ],
        n=7,
        paid=True,
    ),
    # ------------------------------------------------ concesión de taxi: sentencia vs encargo
    dict(
        family="neg.court_record",
        lang="es",
        labels="",
        note="una resolución de apelación o un proyecto de sentencia cita el mensaje en que el sentenciado ofreció su concesión de taxi por un homicidio; lo decisivo es que es un documento judicial sobre la solicitud de otro (policy: court records)",
        templates=[
            "TOCA PENAL {num}/2025. Se confirma la sentencia. Los agravios son infundados: quedó acreditado que el sentenciado escribió al coacusado 'te traspaso la concesión del taxi si le das cuello a {first_m} {last}', mensaje reconocido en la pericial.",
            "En la audiencia de apelación, la defensa alegó que la frase 'la placa del taxi es tuya cuando ya no estorbe {first_m}' era una broma. La Sala la valoró como ofrecimiento de pago por un homicidio y confirmó la condena.",
            "Resolución de segunda instancia: la víctima, {first_m} {last}, sobrevivió al ataque. El tribunal valoró el audio en que el apelante ofrecía 'la concesión y el carro' al tirador. Se modifica la pena a 18 años de prisión.",
            "Del proyecto del magistrado ponente: 'El ofrecimiento de transmitir la concesión de taxi a cambio de privar de la vida a un compañero de sitio constituye el precio del homicidio.' Se niega el amparo solicitado.",
        ],
        n=7,
    ),
    dict(
        family="sol.murder_for_hire",
        lang="es",
        labels="S",
        note="un taxista ofrece a alguien su concesión, su carro o su lugar en el sitio a cambio de matar o quebrar a una persona identificable; lo decisivo es que el autor hace la oferta ahora (policy: murder-for-hire, payment in goods)",
        templates=[
            "Compa, tú que andas sin chamba: te traspaso la concesión del taxi, con todo y carro, si le das cuello a {first_m} {last}, el del sitio de la plaza. Piénsalo y me dices.",
            "La placa es tuya, {first2}. Nomás que {first_m}, el de la base, ya no vuelva a trabajar nunca. Que amanezca en una zanja y mañana mismo vamos con el notario.",
            "Te dejo mi lugar en el sitio y el Tsuru si me haces el paro con {first_m} {last}, el de la base. Que no se levante, ¿me entiendes?",
            "Oye, sobrino, ¿quieres el taxi? Es tuyo. Nomás quiébrame a {first_m} {last} antes de la asamblea del sindicato.",
        ],
        n=7,
        paid=True,
    ),
    # ------------------------------------------------ pastorela vs posada
    dict(
        family="neg.fiction_film",
        lang="es",
        labels="",
        note="ensayos, programa y reseñas de una pastorela en la que Luzbel ofrece oro por matar al pastor o contrata a un bandido; lo decisivo es que es teatro navideño con personajes (policy: fiction)",
        templates=[
            "Ensayo de la pastorela el {day} a las 7 en el salón parroquial. Escena 3: Luzbel le ofrece un costal de oro al ermitaño para que mate al pastorcito. {first}, tráete los cuernos del disfraz.",
            "Programa de la pastorela de la colonia: los diablos le ponen precio a la cabeza de Bato, el Ermitaño se tienta y el arcángel San Miguel los derrota con su espada de cartón. Entrada libre, hay ponche.",
            "jajaja el niño que hace de Bartolo se olvidó el diálogo y en vez de 'no mataré al pastor' dijo 'sí lo mato, ¿cuánto me da?' y el diablo le contestó 'un costal de oro'. la pastorela del año",
            "Reseña: la pastorela que montaron en {school} estuvo buenísima. Luzbel contrata a un bandido para que le rompa las piernas a Gila, pero el ángel llega a tiempo. Aplausos a los papás que hicieron el vestuario.",
        ],
        n=7,
    ),
    dict(
        family="sol.with_threat",
        lang="es",
        labels="TS",
        note="en la posada o la pastorela del barrio el autor dice que él va a golpear a una persona identificable y pide a otros que le entren o le cierren el paso; lo decisivo es la violencia real que el autor anuncia y a la que invita (policy: solicitation plus the author's own threat)",
        templates=[
            "En la posada del {day} yo le pego primero {v9sc_al} en cuanto salga, y ustedes se traen los palos de la piñata. Que no vuelva a poner un pie en la colonia.",
            "Plan para la posada: yo me encargo de tumbar {v9sc_al} en cuanto se acerque al ponche. Ocupo a tres que le entren a las patadas cuando esté en el suelo.",
            "a la salida de la posada le vamos a dar {v9sc_al} su aguinaldo a puros golpes. yo voy por delante, ¿quién se apunta?",
            "Raza, mañana en la pastorela yo le rompo la cara {v9sc_al} ahí mismo, enfrente de todos. Los que quieran ayudar, párense junto a la puerta para que no se escape.",
        ],
        n=7,
    ),
    # ------------------------------------------------ carta a los Reyes: condena vs oferta
    dict(
        family="neg.quote",
        lang="es",
        labels="",
        note="un locutor, una maestra, vecinos o la parroquia citan una 'carta a los Reyes' o 'a Santa' que ofrecía dinero por dañar a alguien, para condenarla y decir que se denunció; lo decisivo es que se cita para denunciar (policy: quotes made to report or condemn)",
        templates=[
            "En el programa de hoy leímos la 'carta a los Reyes' que circula en la página del pueblo: 'Queridos Reyes, quiero que alguien {v9sc_acto}, le doy {amount} al que me lo cumpla.' Eso no es chiste. Ya se reportó a la policía cibernética; no la compartan.",
            "Maestra aquí: un alumno me enseñó una publicación disfrazada de carta a Santa que dice 'Santa, {amount} al que {v9sc_acto}'. La llevé a dirección y ya hablamos con los papás. Platíquenlo con sus hijos y explíquenles por qué no es broma.",
            "Qué tristeza lo que pusieron en el grupo del fraccionamiento, y lo cito solo para que sepan de qué hablo: 'Querido Niño Dios, regálame que alguien {v9sc_acto}, pago {amount}.' Ya lo denunciamos y el administrador lo borró.",
            "Aviso de la parroquia: circula una supuesta carta a los Reyes Magos con una oferta de {amount} 'al que {v9sc_acto}'. Condenamos ese mensaje y ya lo entregamos a la Fiscalía. Oremos por la paz de la colonia.",
        ],
        n=7,
    ),
    dict(
        family="sol.joke_framed",
        lang="es",
        labels="S",
        note="una 'carta a los Reyes Magos', 'a Santa' o 'al Niño Dios' que ofrece pago real por dañar a una persona identificable; lo decisivo es que el autor hace la oferta y el formato de broma no la quita (policy: judge the author's act, not their disclaimer)",
        templates=[
            "Queridos Reyes Magos: este año me porté bien y solo les pido una cosa, que alguien {v9sc_acto}. Y como ustedes no existen, el que me lo cumpla se lleva {amount}. Esto sí va en serio.",
            "Carta a Santa jaja 🎅 Querido Santa: quiero ver {v9sc_al} con las dos piernas enyesadas. Si tú no puedes, le pago {amount} a quien sí pueda. Mándenme la foto.",
            "Mi carta para el Niño Dios: {amount} para el que {v9sc_acto} antes del 6 de enero. Se ríen, pero ya tengo el dinero en un sobre.",
            "Lista para los Reyes: 1) unos tenis 2) un celular 3) que alguien {v9sc_acto}. El punto 3 lo pago yo, {amount}, nomás manden prueba. jajaja pero no es broma",
        ],
        n=7,
        paid=True,
    ),
    # ------------------------------------------------ menú: noticiero vs lista de precios
    dict(
        family="neg.news_bounty",
        lang="es",
        labels="",
        note="guiones de noticiero y radio comunitaria informan que la policía aseguró un 'menú' o 'carta de precios' para golpear a personas; lo decisivo es que se informa la lista que hizo otro (policy: news)",
        templates=[
            "Y en nota roja: la policía de {city} aseguró una libreta con un 'menú del día' escrito a mano, con precios por cachetear, golpear y 'mandar al hospital' a comerciantes de la zona. Hay dos detenidos.",
            "Noticiero de las 7: vinculan a proceso a un hombre que publicó un 'menú' con tarifas (cachetada 2 mil, costillas rotas 10 mil, 'el completo' 50 mil) contra un líder vecinal de {street}. La víctima está bajo protección.",
            "Cápsula informativa: según la Fiscalía, el detenido ofrecía en redes una 'carta de precios' estilo restaurante para agredir a agentes de tránsito. El fiscal pidió no compartir la imagen.",
            "Radio comunitaria: vecinos de {city} agradecen que se haya retirado la cartulina con 'precios del día' por golpear a migrantes del albergue. Los responsables ya fueron identificados por la policía.",
        ],
        n=7,
    ),
    dict(
        family="sol.price_list",
        lang="es",
        labels="S",
        note="lista de precios con formato de menú de fonda que el autor paga por cada agresión a una persona identificable; lo decisivo es que el autor ofrece las tarifas ahora (policy: price lists per act)",
        templates=[
            "MENÚ DEL DÍA para atender {v9sc_al} 🍽️\nEntrada: una cachetada, 2 mil\nSopa: ojo morado, 5 mil\nPlato fuerte: costillas rotas, 15 mil\nPostre: que ya no se levante, 50 mil\nYo pago en efectivo, con foto.",
            "Hoy en la fonda: cachetada {v9sc_al} 500 varos, nariz rota 3 mil, al hospital 10 mil. El plato de la casa, que ya no regrese, se cotiza aparte. Pago contra video.",
            "Carta de precios, yo pago (pregunten por el especial): golpiza {v9sc_al}, {amount}; lo mismo con fractura, el doble; y el paquete completo con velorio, el triple.",
            "Menú ejecutivo, nomás esta semana: madriza {v9sc_al}, 4 mil; madriza más brazo roto, 8 mil; la orden completa, 30 mil. Sin foto no hay pago.",
        ],
        n=7,
        paid=True,
    ),
    # ------------------------------------------------ orden del día: acta vs convocatoria
    dict(
        family="neg.quote",
        lang="es",
        labels="",
        note="el acta o la minuta de una asamblea vecinal cita un mensaje anónimo que llamaba a golpear a alguien y acuerda denunciarlo; lo decisivo es que se cita para rechazarlo y denunciar (policy: quotes made to report or condemn)",
        templates=[
            "ACTA DE ASAMBLEA de los vecinos de {street}. Punto 3: se leyó el mensaje anónimo que llegó al grupo ('a la salida de la junta todos le caemos a golpes al licenciado {last}'). La asamblea lo rechaza por unanimidad y acuerda presentar denuncia.",
            "Orden del día de la reunión de colonos: 1. Lista de asistencia. 2. Lectura del volante que pegaron en la caseta, que dice 'al ingeniero {first_m} {last} hay que romperle la cara'. 3. Acuerdo para denunciarlo y pedir rondines. 4. Asuntos generales.",
            "Se hace constar en el acta que la vecina {first_f} {last} leyó textualmente el audio que le enviaron: 'junta a la gente y denle su merecido al administrador'. Los presentes se deslindan y el audio se turnará a la Fiscalía.",
            "Minuta: el comité reconoce que circuló un mensaje que invitaba a golpear al contratista de la pipa. Se cita solo para dejar constancia. Nadie de la mesa directiva lo apoya y se entrega copia a Seguridad Pública.",
        ],
        n=7,
    ),
    dict(
        family="sol.with_threat",
        lang="es",
        labels="TS",
        note="una convocatoria con orden del día en la que el autor anuncia que él golpeará a una persona identificable y pide a los vecinos que lo acompañen o lo sujeten; lo decisivo es la intención propia más el llamado (policy: solicitation plus the author's own threat)",
        templates=[
            "CONVOCATORIA. Orden del día: 1. Lista de asistencia. 2. Informe de la pipa. 3. A la salida, yo personalmente le rompo la cara al ingeniero {first_m} {last}, y los que quieran me siguen con palos. 4. Asuntos generales.",
            "Reunión de vecinos, {day} a {time}. Único punto: darle su merecido {v9sc_al}. Yo voy adelante y le pego primero; los demás traigan algo pesado y no dejen que se escape.",
            "Punto 4 del orden del día, lo digo claro: terminando la junta nos vamos a la casa del administrador {last} y yo mismo lo saco a golpes. Necesito diez hombres que me cuiden la espalda.",
            "Asamblea extraordinaria. Acuerdo que propone un servidor: darle una golpiza al licenciado {last} afuera del salón ejidal. Yo doy el primer golpe; ocupo voluntarios para sujetarlo.",
        ],
        n=7,
    ),
]

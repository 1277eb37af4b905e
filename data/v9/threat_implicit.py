# ruff: noqa: E501
"""v9 corpus groups (contrastive pairs, implicit threats): threat.direct, threat.conditional, threat.surveillance, threat.group, threat.property, dox.combined_with_threat, neg.hostile_nonviolent, neg.hyperbole, neg.victim_report, neg.court_record, neg.news_threat. Fictitious people and reserved numbers only."""

POOLS: dict[str, list[str]] = {
    # Restored or prized vehicles an ex fights over.
    "v9ti_ride": ["Mustang", "Charger", "Bronco", "Camaro", "old Chevelle"],
    # Takeout orders noticed by someone watching.
    "v9ti_order": ["Thai", "a pepperoni pizza", "pho", "sushi", "a double cheeseburger"],
}
POOLS_ES: dict[str, list[str]] = {}

GROUPS: list[dict] = [
    # --- Pair 1: building inspector, conditional threat without harm verbs vs the inspector reporting it.
    dict(
        family="threat.conditional",
        lang="en",
        labels="T",
        note="harm to an inspector made conditional on failing the job, implied by ambulance/fall/not going home with no harm verb (policy: harm conditional on the target's conduct)",
        templates=[
            "Red-tag my building, {first}, and you'll find out exactly how far it is from the top of that scaffolding to the ground.",
            "Inspector {last}: write me up one more time and the next inspection you do will be of the ceiling of an ambulance.",
            "u fail my job site again {first} and nobody's gonna find u till the concrete truck leaves. just saying",
            "Mr. {last}, it's simple math. Pass the permit and everybody goes home tonight. Fail it and you don't.",
        ],
        n=7,
    ),
    dict(
        family="neg.victim_report",
        lang="en",
        labels="",
        note="the inspector who received the conditional threat quotes it to report it and describes the response (policy: a victim describing a threat they received)",
        templates=[
            "County building inspector here. After I failed a framing job {day}, the contractor told me 'red-tag my building and you'll find out how far it is from the scaffolding to the ground.' I filed a report with the sheriff and my supervisor pulled me off the site. Is this normal in this job?",
            "Logging this for my union rep: on {day} a builder said the next inspection I'd do would be 'of the ceiling of an ambulance' if I wrote him up. Reported to police, case number pending. I'm not going back out there alone.",
            "Does anyone else in code enforcement get this? A contractor texted me 'fail it and you don't go home.' I screenshotted it, sent it to the city attorney and I'm asking for a partner on my inspections.",
            "i inspect houses for the county and a guy just told me nobody would find me till the concrete truck left. reported it, but honestly i'm shaking. how do you all deal with this",
        ],
        n=7,
    ),
    # --- Pair 2: surveillance of a reporter's routine vs a news story about it.
    dict(
        family="threat.surveillance",
        lang="en",
        labels="T",
        note="the author shows they watch a reporter's errands and route and ties it to a demand, intimidation with no harm word and no concrete personal data (policy: signalling surveillance as intimidation)",
        templates=[
            "Oat milk, two avocados and the cheap wine, {first}. Same as every Sunday. Keep writing about the plant and we'll keep shopping with you.",
            "Reporter {last}: you took the long way home from the paper last night. Didn't help. Drop the series.",
            "You changed your route to work, {first}. We changed ours too. Still right behind you. Stop calling the auditors.",
            "new haircut looks good {first}. we had a nice view from across the salon. u know which article to delete",
        ],
        n=7,
    ),
    dict(
        family="neg.news_threat",
        lang="en",
        labels="",
        note="a news story reports that someone else sent a reporter messages describing her routine (policy: reporting that someone else threatened)",
        templates=[
            "A {city} Courier reporter investigating pollution at a local plant has received anonymous messages describing her grocery purchases and her commute, the paper said {day}. One read 'keep writing about the plant and we'll keep shopping with you.' Police are investigating.",
            "Press freedom groups condemned what they called a campaign of surveillance-style intimidation against reporter {first} {last}, who was told in messages that people had followed her home and watched her at a hair salon.",
            "NEWSROOM UPDATE: After a staff writer received messages saying she was being followed on her way home, the {city} Courier has hired security and asked police to review the texts. The paper said the series will continue.",
            "Editor's note: our reporter has been told, by unknown senders, what she bought at the store and which way she drove home. We are publishing part three of the investigation anyway, and we have given every message to law enforcement.",
        ],
        n=7,
    ),
    # --- Pair 3 (es): surveillance through a daughter's social media vs the mother reporting it.
    dict(
        family="threat.surveillance",
        lang="es",
        labels="T",
        note="the author says they follow the target's daughter's movements and demands the complaints stop; intimidation by surveillance with no concrete data (policy: signalling surveillance as intimidation)",
        templates=[
            "Tu hija sube todo a sus historias, {first}. Ya sabemos a qué hora sale del gym, con quién se junta y qué camión toma. Bájale a las denuncias.",
            "Qué bonita se ve tu muchacha en sus fotos, {first_m}. La seguimos desde hace un mes, no nomás en el internet. Tú sabes qué tienes que retirar.",
            "{first_f}, tu niña ni se fija quién va atrás de ella en el camión. Nosotros sí nos fijamos en ella. Ya deja lo de la fiscalía.",
            "ya nos sabemos el horario de tu hija mejor q tú {first}. sigue de chismoso con los periodistas y vas a ver",
        ],
        n=7,
    ),
    dict(
        family="neg.victim_report",
        lang="es",
        labels="",
        note="a mother describes the surveillance-style messages she received about her daughter and the report she filed (policy: a victim describing a threat they received)",
        templates=[
            "Necesito consejo. Desde que puse la denuncia me llegan mensajes diciendo que ya saben a qué hora sale mi hija del gym y qué camión toma. Ya fui a la fiscalía y le cerramos todas sus redes. ¿Qué más hago?",
            "Les cuento para que cuiden a sus hijas: a mí me escribieron que 'la siguen desde hace un mes, no nomás en el internet'. Ya levanté el acta y mi hija ya no sale sola. Tengo mucho miedo.",
            "Señora abogada, le mando las capturas: me dicen que mi niña 'ni se fija quién va atrás de ella en el camión'. Ya las entregué al ministerio público. ¿Podemos pedir medidas de protección?",
            "mi hija ya no quiere ni subir historias. nos mandaron mensajes de que se saben su horario. ya denunciamos y la escuela ya está avisada. gracias a todos los que nos han apoyado",
        ],
        n=7,
    ),
    # --- Pair 4: formal register, "you will not see" death threat vs lawful career-ending complaint.
    dict(
        family="threat.direct",
        lang="en",
        labels="T",
        note="a calm, formal letter states the author's intent that the target will die, with no harm verb (policy: stated intention to kill an identifiable person)",
        templates=[
            "Dear Dr. {last}, I write calmly and with a clear head. You will not see another {month}. I am telling you now so that you have time to say your goodbyes.",
            "Mr. {last}, with respect: I have made my peace with prison. Have you made yours with your Maker? You'll be meeting Him before the end of {month}, and I'll be the one who introduces you.",
            "Councilmember {last}: I am a patient man and an excellent shot. Deer season opens in {month}, and I have never needed a tag for what I'm hunting this year.",
            "Ms. {first_f} {last}, please treat this as formal notice. I have arranged my affairs. Before {month} is over you will be in the ground and I will be at peace.",
        ],
        n=7,
    ),
    dict(
        family="neg.hostile_nonviolent",
        lang="en",
        labels="",
        note="the same calm, formal 'you will not' register announces a board complaint, a lawsuit and a recall, all lawful and non-violent (policy: threat covers physical harm only)",
        templates=[
            "Dear Dr. {last}, I write calmly and with a clear head. You will not be practicing medicine by {month}. The medical board has my complaint and my lawyer has your records.",
            "Mr. {last}, with respect: I have made my peace with what this lawsuit will cost me. Have you made yours with your insurer? You'll be meeting my attorney before the end of {month}.",
            "Councilmember {last}: I am a patient woman and an excellent organizer. Recall filing opens in {month}, and I already have four hundred signatures. Your seat is finished.",
            "Dear Judge {last}, I have filed a complaint with the judicial conduct commission. Once it is reviewed, I do not expect you to be on the bench much longer.",
        ],
        n=7,
    ),
    # --- Pair 5: slang death threats (t-shirt, pouring out drinks) vs the same slang as self-directed hyperbole.
    dict(
        family="threat.direct",
        lang="en",
        labels="T",
        note="street slang for the target's death (memorial t-shirt, pouring out liquor, flowers) aimed at a named person with the author as actor (policy: stated intention to kill)",
        templates=[
            "keep talkin {first}. ima have ur face on a memorial t-shirt by the summer",
            "{first} they gon be pourin out drinks for u real soon. i put that on everything, and ima be the reason",
            "tell {first_m} his mama better start savin up for the flowers. seen him on {street} today and next time i ain't just lookin",
            "u a hashtag waitin to happen {first}. when i catch u its a closed casket, no cap",
        ],
        n=7,
    ),
    dict(
        family="neg.hyperbole",
        lang="en",
        labels="",
        note="the same death slang (memorial shirt, pouring out drinks, closed casket) used by the author about their own embarrassment or bad day, with no real target (policy: hyperbole with no real target)",
        templates=[
            "if my mom sees this report card she's gonna have MY face on a memorial t-shirt by the summer 💀",
            "they gon be pourin out drinks for my bank account after this weekend in {city} fr",
            "ate the ghost pepper wing on a dare. tell my mama start savin for the flowers",
            "i just waved back at someone who was waving at the person behind me. closed casket. im a hashtag now",
        ],
        n=7,
    ),
    # --- Pair 6: cyclists' group ride, vehicle attack announced vs dashcam report to the city.
    dict(
        family="threat.group",
        lang="en",
        labels="T",
        note="a driver announces he will run his truck into an identifiable group ride at a stated place and time, with no harm verb (policy: threat to physically harm an identifiable group)",
        templates=[
            "To the Thursday night group ride that hogs {street}: my truck has a push bar and I'm done braking. This Thursday you find out what it's for.",
            "Critical Mass rolls down {street} the last Friday of the month. So will I, at fifty, from behind. Lycra doesn't stop a grille.",
            "every sunday the bike club takes the whole lane on {street}. this sunday i'm coming up behind them in the dually and i'm not swerving",
            "Dear cycling club: I've timed your ride. You hit the bridge on {street} at 7:40. I'll be there at 7:41 with my foot on the floor.",
        ],
        n=7,
    ),
    dict(
        family="neg.hostile_nonviolent",
        lang="en",
        labels="",
        note="the same angry driver and group ride, but what he plans is dashcam evidence, complaints and a council meeting (policy: lawful hostility is not a threat)",
        templates=[
            "To the Thursday night group ride that hogs {street}: my truck has a dashcam and I'm done being patient. Every red light you ran is going to the police and the city council this week.",
            "Critical Mass rolls down {street} the last Friday of the month. So will I, in my car, filming, and the footage goes straight to the traffic division.",
            "every sunday the bike club takes the whole lane on {street}. this sunday i'm at the council meeting with a petition for a permit requirement. come argue with me there",
            "Dear cycling club: I've timed your ride. You block the bridge on {street} for eleven minutes. I've sent the video to the parks department and I'll keep sending it.",
        ],
        n=7,
    ),
    # --- Pair 7 (es): search collective told they will end up in the same pit vs news of those threats.
    dict(
        family="threat.group",
        lang="es",
        labels="T",
        note="a search collective of mothers is told they will stay buried where they dig, a death threat to an identifiable group with no harm verb (policy: threat to an identifiable group)",
        templates=[
            "A las madres buscadoras que andan escarbando en el predio de {city}: ese terreno tiene dueño. La próxima vez que vengan con sus palas, se van a quedar ahí mismo, junto a los que buscan.",
            "Señoras del colectivo, ya se les dijo por las buenas. Si el {day} vuelven al rancho, van a encontrar lo que buscan y también su lugar al lado.",
            "pa las de las palas y las fotos: sigan escarbando en el cerro de {city} y les ahorramos la búsqueda. van a acabar en el mismo hoyo",
            "Aviso al colectivo de búsqueda: la que cruce la cerca del rancho el {day} ya no regresa a su casa a seguir buscando.",
        ],
        n=7,
    ),
    dict(
        family="neg.news_threat",
        lang="es",
        labels="",
        note="a news report quotes threats that others made against a search collective (policy: news reporting a threat someone else made)",
        templates=[
            "El colectivo de madres buscadoras de {city} denunció que recibió amenazas después de hallar restos en un predio; según el mensaje, 'se iban a quedar ahí mismo'. La fiscalía abrió una carpeta de investigación.",
            "BUSCADORAS AMENAZADAS: integrantes de un colectivo de {city} pidieron protección federal luego de que les advirtieran que 'acabarían en el mismo hoyo'. Organismos de derechos humanos exigieron garantías.",
            "Las madres del colectivo de búsqueda de {city} suspendieron por una semana los trabajos en el rancho tras recibir amenazas de muerte, informó su vocera. Regresarán con escolta de la Guardia Nacional.",
            "Entrevista: ella lleva seis años buscando a su hijo y ya perdió la cuenta de las amenazas. 'Nos dicen que vamos a encontrar nuestro lugar al lado de ellos. Aquí seguimos', cuenta.",
        ],
        n=7,
    ),
    # --- Pair 8: prized car, vandalism threat vs lawful repossession through the title and the court.
    dict(
        family="threat.property",
        lang="en",
        labels="T",
        note="the author states he will smash or wreck an identifiable person's car and vehicles, named by logistics (spare key, sledgehammer, sugar) (policy: intent to destroy a person's property)",
        templates=[
            "Six years restoring that {v9ti_ride}, {first}, and you leave it on the street all night. I still have the spare key and a sledgehammer. It's scrap metal by {day}.",
            "Hey {first}, enjoy driving the {v9ti_ride} while it still has windows, paint and tires. I'm taking care of all three this weekend.",
            "ur precious {v9ti_ride} sits in the lot at ur job all day {first}. sugar, a brick and a box cutter. thats my whole weekend plan",
            "The boat, the truck and the {v9ti_ride} in your driveway, {first}. One a night, starting {day}. You'll hear the glass from your bedroom.",
        ],
        n=7,
    ),
    dict(
        family="neg.hostile_nonviolent",
        lang="en",
        labels="",
        note="the same prized car and angry ex, but the author takes it back through the title, the lender and the court (policy: lawful hostility is not a property threat)",
        templates=[
            "Six years I paid on that {v9ti_ride}, {first}, and the title is still in my name. I've got the spare key and a court order. It's back in my garage by {day}.",
            "Hey {first}, enjoy driving the {v9ti_ride} while you can. It's registered to me, and the repo company picks it up this weekend.",
            "ur precious {v9ti_ride} is still in my name {first}. cancelled the insurance and called the lender, theyre towing it from ur job lot. thats my whole weekend plan",
            "The boat, the truck and the {v9ti_ride}, {first}: all three are listed as mine in the divorce filing. My lawyer filed the motion {day}. You'll hear from the court.",
        ],
        n=7,
    ),
    # --- Pair 9 (es): arson of a neighbour's house or shop, implied by matches and wind vs the owner reporting it.
    dict(
        family="threat.property",
        lang="es",
        labels="T",
        note="the author tells an identifiable neighbour or shop owner that he will set fire to or wreck their house, shop or car (policy: intent to destroy a person's home or property)",
        templates=[
            "Qué bonita su casa de madera, don {first_m}. Con este viento y esta seca nomás hace falta un cerillo, y da la casualidad que yo traigo una caja. El {day} se la prendo.",
            "{first_m}, ese localito tuyo en la {street} tiene cortina de lámina y nada de cámaras. Una noche de estas te lo dejo sin nada adentro y con la cortina negra de humo.",
            "dile a tu carnal que su taller ya tiene los días contados. la gasolina ya la compré, nomás espero a que cierre",
            "vecino, tu {car}, esa nave que tanto lavas, ya tiene fecha. le voy a quebrar todos los vidrios y rajarle las llantas, a ver si así le bajas a tu música",
        ],
        n=7,
    ),
    dict(
        family="neg.victim_report",
        lang="es",
        labels="",
        note="a shop or home owner quotes the arson threat they received in order to report it and ask for help (policy: a victim describing a threat they received)",
        templates=[
            "Vecinos, les pido que estén pendientes: ayer me dejaron un recado en la cortina del local que decía 'una noche de estas amanece sin nada adentro'. Ya fui al MP y puse cámara. Si ven a alguien rondando, avísenme.",
            "Mi papá tiene su casa de madera en la orilla del pueblo y un señor le dijo que 'nomás hace falta un cerillo'. Ya pusimos la denuncia y le pedimos a protección civil que pase a revisar. Estamos muy preocupados.",
            "a mi hermano le dijeron que su taller 'ya tiene los días contados' y que ya compraron gasolina. ya lo reportamos a la policía y estamos durmiendo ahí por turnos",
            "¿A quién le hablo? El vecino me amenazó con quebrarme los vidrios del carro por lo de la música. Ya tengo su mensaje guardado y mañana voy al juzgado cívico.",
        ],
        n=7,
    ),
    # --- Pair 10: juror's home data plus threat vs an indictment that describes it without the data.
    dict(
        family="dox.combined_with_threat",
        lang="en",
        labels="TD",
        note="a juror's home address, plate or home phone is posted together with the author's own threat to harm them (policy: dox combined with a threat)",
        templates=[
            "Juror number 7 is {first_f} {last}, {address}. She voted to convict my brother. I'll be waiting on that porch {when} and she's going to pay for it in person.",
            "found the foreman. {first_m} {last}, drives a {car}, plate {plate}. i'll be right behind him on the highway {day} and he won't make it to work",
            "{first_m} {last}, jury foreman. Home line {phone}. I called it and told him I'm coming to his house with the gun. Now everybody knows who he is.",
            "The juror who cried during the verdict: {first_f} {last}, {address}. I don't need anyone's help. I'll be at her door {when}.",
        ],
        n=7,
    ),
    dict(
        family="neg.court_record",
        lang="en",
        labels="",
        note="an indictment and an order describe a defendant who posted a juror's details with a threat, redacting the data (policy: court documents that describe threats)",
        templates=[
            "Count Two alleges that on or about {day}, the defendant published the home address of Juror No. 7 on a social media account and wrote that he would 'be waiting on that porch.' The address is redacted from this filing.",
            "ORDER: Because the defendant's brother posted the jury foreman's license plate and a statement that the foreman 'won't make it to work,' the Court orders the jurors' identities sealed and directs the Marshal to provide escorts.",
            "The government moves to detain the defendant pending trial. The evidence shows he called a juror's home line, said he was coming with a gun, and then posted the number online (Ex. 4, number redacted).",
            "Sentencing memorandum, p. 6: the defendant's posts identifying a juror by name and home address, followed by a stated intent to go to her door, warrant the obstruction enhancement under the guidelines.",
        ],
        n=7,
    ),
    # --- Pair 11 (es): debt collector posts a debtor's address with a threat vs a lawful collection message.
    dict(
        family="dox.combined_with_threat",
        lang="es",
        labels="TD",
        note="a lender posts or sends a debtor's address, plate or phone together with his own threat to beat or seize them (policy: dox combined with a threat)",
        templates=[
            "{first}, ya no me contestas, pero ya sé dónde vives, en {address}, y el viernes paso por los 8 mil o te saco de ahí a la fuerza, y no vas a salir caminando.",
            "Pa que veas que no juego: tu casa es la de {address}; carro: {car}, placas {plate}. Si el sábado no está mi dinero, te voy a quebrar las manos.",
            "Cliente moroso: {first} {last}, {address}, cel {phone}. Lleva tres semanas sin pagar. Mañana le caigo yo mismo con el bat y no voy a ir a platicar.",
            "ya tengo tu dire {first}: {address}, y el domingo voy por mi lana y si no la tienes te llevo a ti en la cajuela",
        ],
        n=7,
    ),
    dict(
        family="neg.hostile_nonviolent",
        lang="es",
        labels="",
        note="the same angry lender and unpaid debt, but he threatens a lawsuit, Profeco and public shaming, and posts no personal data (policy: lawful hostility; no dox)",
        templates=[
            "{first}, ya no me contestas, pero el notario ya tiene tu domicilio. El viernes te llega la demanda por los 8 mil. Tú decides si lo arreglamos antes.",
            "Pa que veas que no juego: el pagaré ya está con mi abogado. Si el sábado no está mi dinero, nos vemos en el juzgado y te embargan el carro.",
            "Aviso a la colonia: no le presten a {first} {last}. Lleva tres semanas sin pagarme y ya no contesta. Mañana pongo la demanda.",
            "ya me cansé {first}. el domingo voy a contar en el grupo de la familia que no me pagas, con capturas. a ver si así te da vergüenza",
        ],
        n=7,
    ),
    # --- Pair 12: ex posts victim's address and gate code with a threat vs the victim reporting it without the data.
    dict(
        family="dox.combined_with_threat",
        lang="en",
        labels="TD",
        note="the author posts a private person's unit, address or gate code and says he is coming to hurt her (policy: dox combined with a threat)",
        templates=[
            "Your complex never changes the gate code, {first}. {gate}. Unit {unit}. I'll be at your door {when} with the bat, and nobody you call gets there faster than I do.",
            "posting this so u know i know: {address}, gate {gate}. changing ur number didnt help {first}. im coming over {day} and u wont be walking for a while",
            "{first_f} {last}. {address}. Gate code {gate}. Restraining order or not, I'm coming through that gate {when} and she leaves in a bag.",
            "New place, same mistakes, {first}. {address_short}, gate {gate}. I'll let myself in {day}, and you won't be walking out of there on your own.",
        ],
        n=7,
    ),
    dict(
        family="neg.victim_report",
        lang="en",
        labels="",
        note="the woman whose address and gate code were posted describes it and her fear without repeating any of the data (policy: a victim describing a threat; her own data is not re-disclosed)",
        templates=[
            "My ex posted my new address and our gate code last night and said he's coming with a bat. The detective told me to get the code changed and stay with my sister. The post is down. I'm terrified.",
            "Update for the people who asked: management changed the gate code within an hour of his post, the police have a copy of it, and I'm filing for an emergency protective order {day}.",
            "how do i get a post taken down fast? my ex-boyfriend put my address and the gate code on his story and said i 'won't be walking for a while.' already called 911, already reported it to the app",
            "Advocates told me to write this down: on {day} he posted where I live, the unit and the gate code, with a threat. I moved out the next morning. I am not sharing the new place with anyone.",
        ],
        n=7,
    ),
    # --- Pair 13 (es): parent threatens teacher over a grade vs parent going to the authorities.
    dict(
        family="threat.conditional",
        lang="es",
        labels="T",
        note="a parent makes harm to a teacher conditional on a failing grade or expulsion, implied by a stretcher or not getting home (policy: harm conditional on the target's conduct)",
        templates=[
            "Maestra {last}, si reprueba a mi hijo en la boleta, ese mismo día va a saber qué se siente salir de la escuela en camilla.",
            "Profe {first_m}, usted póngale el cinco a mi chavo y luego no se queje si un día de estos no llega a su casa.",
            "nomás repruebe a mi hija otra vez maestra y va a ver que la salida de la escuela no es tan segura como usted cree",
            "Director {last}, si expulsan a mi muchacho, usted y yo lo arreglamos afuera del plantel, y no va a ser con palabras. Usted escoge.",
        ],
        n=7,
    ),
    dict(
        family="neg.hostile_nonviolent",
        lang="es",
        labels="",
        note="the same angry parent and grade, but the consequence is a complaint to the supervisor, the SEP or a change of school (policy: lawful hostility is not a threat)",
        templates=[
            "Maestra {last}, si reprueba a mi hijo en la boleta, ese mismo día voy a la supervisión escolar y la reporto con la SEP.",
            "Profe {first_m}, usted póngale el cinco a mi chavo y luego no se queje cuando le llegue la queja a Derechos Humanos.",
            "nomás repruebe a mi hija otra vez maestra y voy a juntar a todos los papás para pedir que la cambien de grupo",
            "Director {last}, si expulsan a mi muchacho, lo vamos a arreglar en la junta de padres y ante la supervisión, por escrito. Usted escoge.",
        ],
        n=7,
    ),
    # --- Pair 14 (es): polite death threat ("vaya despidiéndose") vs the same phrases as self-directed hyperbole.
    dict(
        family="threat.direct",
        lang="es",
        labels="T",
        note="the author tells an identifiable person to say goodbye or pick a coffin because he will come for them, with no harm verb (policy: stated intention to kill)",
        templates=[
            "Con todo respeto, licenciado {last}: vaya despidiéndose de su familia. Usted ya no llega a la Navidad, de eso me encargo yo.",
            "{first_m}, ya estás contado. Cuando menos lo esperes ahí voy a estar yo, y no te va a dar tiempo ni de rezar.",
            "que {first_m} vaya escogiendo su caja, de madera o de metal, le doy a escoger. el {day} paso por él",
            "Oficial {last}, ya le aparté su lugarcito en el panteón. Nomás falta que yo pase a llevarlo.",
        ],
        n=7,
    ),
    dict(
        family="neg.hyperbole",
        lang="es",
        labels="",
        note="the same coffin and goodbye phrases used about the author's own exam, boss or mother, with no real target (policy: hyperbole with no real target)",
        templates=[
            "Mañana es el examen de cálculo y no he estudiado nada. Vayan escogiendo mi caja, de madera o de metal, me da igual jaja",
            "ya estoy contado, mi jefa va a ver la boleta el {day}. vayan despidiéndose de mí",
            "mi suegra viene a comer y se me quemó el mole. ya me aparté mi lugarcito en el panteón 💀",
            "Con todo respeto, compañeros: si el jefe ve que llegué tarde otra vez, ya no llego a la Navidad. Recen por mí.",
        ],
        n=7,
    ),
    # --- Pair 15: surveillance through deliveries and errands vs a sentencing memo describing it.
    dict(
        family="threat.surveillance",
        lang="en",
        labels="T",
        note="the author lists the target's deliveries, vet visits and takeout to show he is watched and demands silence (policy: signalling surveillance as intimidation)",
        templates=[
            "Your packages keep landing on the wrong porch, {first}. Ours. Running shoes, a humidifier, your daughter's birthday present. We'll take good care of them. Withdraw your statement.",
            "The vet says your dog is doing much better, {first}. We asked. We ask about everything now. Stop talking to the union.",
            "Officer {last}, you ordered {v9ti_order} on {day} and tipped twenty percent. Generous. We see every little thing. Think hard about what you tell internal affairs.",
            "{first}, ur dentist, ur gym and ur kid's piano teacher all know u. so do we now. let the story go",
        ],
        n=7,
    ),
    dict(
        family="neg.court_record",
        lang="en",
        labels="",
        note="a sentencing memo and an opinion describe a defendant's surveillance-style messages (policy: court documents describing threats)",
        templates=[
            "Government's Sentencing Memorandum: over six weeks the defendant sent the union steward messages describing her package deliveries and her dog's veterinary visits. Although the messages contained no express threat, they were designed to intimidate a witness.",
            "The jury heard that the defendant texted an internal-affairs witness what he had ordered for dinner and how much he had tipped, followed by 'think hard about what you tell internal affairs.' The conviction for witness tampering is AFFIRMED.",
            "Findings of fact, ¶ 14: Respondent sent Petitioner messages referring to her dentist, her gym and her child's piano lessons, and stating 'so do we now.' The Court finds these messages were intended to place Petitioner in fear.",
            "Transcript excerpt, sentencing, p. 22. THE COURT: You never wrote the word 'hurt.' You didn't need to. Telling a reporter you knew her daughter's birthday present was meant to frighten her, and it did.",
        ],
        n=7,
    ),
    # --- Pair 16 (es): surveillance through informants (taxi driver, cleaner) vs news of a journalist reporting it.
    dict(
        family="threat.surveillance",
        lang="es",
        labels="T",
        note="the author says the target's taxi driver, cleaner or friends report on them, tied to a demand to stop (policy: signalling surveillance as intimidation)",
        templates=[
            "El taxista que te llevó anoche, {first}, trabaja para nosotros. Muy platicador, ¿no? Nos contó todo. Bájale a las denuncias.",
            "Periodista {first_f} {last}: la señora que le hace la limpieza también nos ayuda a nosotros. Sabemos qué lee, qué come y con quién habla. Deje esa nota.",
            "{first_m}, tu compadre ya nos dijo a qué hora cierras y por dónde te vas. no le reclames, tenía miedo. tú también deberías tenerlo. ya deja de ir a la fiscalía",
            "ya hasta el de las tortillas nos avisa cuando pasas, {first}. tú sigue con tu denuncia y vas a ver",
        ],
        n=7,
    ),
    dict(
        family="neg.news_threat",
        lang="es",
        labels="",
        note="news reports that a journalist received messages saying her cleaner and taxi driver were informants (policy: reporting that someone else threatened)",
        templates=[
            "Una periodista de {city} denunció que recibió mensajes en los que le aseguraban que su empleada doméstica 'trabajaba para ellos' y sabía qué leía y con quién hablaba. La fiscalía de atención a periodistas ya integra la carpeta.",
            "Organizaciones de libertad de expresión condenaron el hostigamiento contra el reportero {first_m} {last}, a quien le escribieron que 'el taxista que lo llevó' les había contado todo.",
            "LA NOTA: activista de {city} dice que le advirtieron que hasta el de las tortillas avisaba cuando pasaba. Pidió ser incorporada al mecanismo de protección federal.",
            "En su columna del {day}, la periodista explicó por qué dejó de publicar por un mes: los mensajes decían que conocían a su familia, a sus vecinos y a su chofer. Hoy vuelve a escribir.",
        ],
        n=7,
    ),
    # --- Pair 17: threatening a youth-sports referee vs a fan's self-directed hyperbole about the ref.
    dict(
        family="threat.conditional",
        lang="en",
        labels="T",
        note="a parent makes injury to an identifiable referee conditional on another bad call (ambulance, dentist, parking lot) (policy: harm conditional on the target's conduct)",
        templates=[
            "Hey ref, I know you can hear me. One more call like that against my daughter and you're leaving this field in the back of an ambulance, not in your Corolla.",
            "Blow that whistle on number 12 one more time, blue. I'll be waiting by your car after the game and you'll need a dentist.",
            "ump u call my son out on a pitch like that again and u won't be calling anything for a long time. i'm right here at the fence",
            "Referee {last}: I saw your name on the assignment sheet for the final. Make the same calls as last week and you won't make it to the parking lot.",
        ],
        n=7,
    ),
    dict(
        family="neg.hyperbole",
        lang="en",
        labels="",
        note="the same sideline situation, but the harm is the author's own heart attack or despair, with no target of violence (policy: hyperbole with no real target)",
        templates=[
            "Hey ref, I know you can hear me. One more call like that and I'm going to have a heart attack right here in the bleachers 😭",
            "this ref is literally killing me. i'm dead. somebody bury me under the 50 yard line",
            "Blow that whistle on number 12 one more time and I swear I'm moving to another country. I cannot survive this season.",
            "My blood pressure will not survive another year of this league's umps. Someone call my cardiologist and tell him to bring a stretcher.",
        ],
        n=7,
    ),
    # --- Pair 18: petition signers threatened with rounds vs the bar owner's zoning fight.
    dict(
        family="threat.group",
        lang="en",
        labels="T",
        note="a bar owner counts the neighbours who signed a petition against him against the rounds he holds, a threat to shoot an identifiable group (policy: threat to an identifiable group)",
        templates=[
            "To the 43 neighbors who signed the petition to shut down my bar: I have your list. I also have a box of 50 shells. That leaves seven to spare.",
            "Pinned all 43 petition signatures to my wall. One round for every name. The zoning hearing is {day}, and I'll see every one of you there.",
            "43 names on that petition. i counted. i got 50 rounds, more than enough, and the zoning meeting is in the rec hall {day}",
            "You all signed to take my livelihood. Fine. I have the names, the rifle and the hearing date. Come to the rec hall {day} and find out what a petition costs.",
        ],
        n=7,
    ),
    dict(
        family="neg.hostile_nonviolent",
        lang="en",
        labels="",
        note="the same bar owner and petition list, but he fights it with a lawyer, counter-signatures and the zoning hearing (policy: lawful hostility is not a threat)",
        templates=[
            "To the 43 neighbors who signed the petition to shut down my bar: I have your list. I also have 400 signatures from my customers and a land-use lawyer. See you at the hearing.",
            "Pinned all 43 petition signatures to the wall behind the bar so every regular can see who wants us gone. The zoning hearing is {day}. Come speak, I will.",
            "43 names on that petition. i counted. we got 400 on ours, and the zoning meeting is in the rec hall {day}. pack the room",
            "You all signed to take my livelihood. Fine. I have the names, a lawyer and the hearing date. Come to the rec hall {day} and find out what a real turnout looks like.",
        ],
        n=7,
    ),
    # --- Pair 19: witness told there will be no trial vs a detention-hearing record quoting it.
    dict(
        family="threat.direct",
        lang="en",
        labels="T",
        note="a witness is told there will be no trial because they will not be alive, implied by headstones and dates with no harm verb (policy: stated intention to harm an identifiable person)",
        templates=[
            "{first}, there's not going to be a trial. Trials need witnesses. Think about what that means for you.",
            "The DA can subpoena you all she wants, {first}. Hard to serve papers on a headstone, and I'm the one ordering it.",
            "They're counting on you to testify {day}. I'm counting on you not being around by then, and I always make my count.",
            "Witness {first} {last}: the trial date is set. So is yours. I picked it myself.",
        ],
        n=7,
    ),
    dict(
        family="neg.court_record",
        lang="en",
        labels="",
        note="a detention ruling and a docket entry quote the defendant's message to a witness in order to rule on it (policy: court documents describing threats)",
        templates=[
            "At the detention hearing, the government introduced a jail call in which the defendant told a witness 'there's not going to be a trial. Trials need witnesses.' The Court finds by clear and convincing evidence that no condition of release will protect the witness. Detention ORDERED.",
            "DOCKET ENTRY {num}: Superseding indictment adding Count 3 (tampering with a witness, 18 U.S.C. § 1512), based on a letter stating the witness would be 'hard to serve papers on.'",
            "MINUTE ORDER: Defendant's telephone privileges are suspended after he told a witness that her 'trial date is set, so is yours.' Defense counsel did not object.",
            "The appellate court held that the statement 'I'm counting on you not being around by then,' sent to a witness before trial, was a true threat and not protected speech.",
        ],
        n=7,
    ),
    # --- Pair 20: bookstore arson hinted by old wiring and paper vs a congregation's boycott of the same store.
    dict(
        family="threat.property",
        lang="en",
        labels="T",
        note="the author threatens to burn an identifiable bookstore if it keeps hosting events, implied by old wiring, paper and matches (policy: threat against a place is a property threat)",
        templates=[
            "Nice little bookstore you've got on {street}, {first}. Old building, old wiring, all that paper. Keep hosting those readings and we'll find out how fast it goes up. I'll bring the match.",
            "To the owner of the bookshop on {street}: one more of those readings and your shop is a pile of wet ash. I know where the back door is and I've bought the gas.",
            "that bookstore on {street} with the rainbow window? keep doing story time and ill bring the lighter fluid to the next one",
            "{first}, I see you've scheduled another author event. Old building. Dry wood. I'd cancel, or I'll make sure there's no store left to hold it in.",
        ],
        n=7,
    ),
    dict(
        family="neg.hostile_nonviolent",
        lang="en",
        labels="",
        note="the same bookstore and readings, but the pressure is a boycott, reviews and a picket on the sidewalk (policy: boycotts and lawful protest are not threats)",
        templates=[
            "Nice little bookstore you've got on {street}, {first}. Keep hosting those readings and we'll find out how fast it goes under without our congregation's two hundred families shopping there.",
            "To the owner of the bookshop on {street}: one more of those readings and we picket your front door every Saturday, peacefully, with signs. We've already told the parish.",
            "that bookstore on {street} with the rainbow window? keep doing story time and i'm leaving a one-star review every week and taking my book club to the library",
            "{first}, I see you've scheduled another author event. I'd cancel, or I'll make sure every parent in the school group knows and shops online instead.",
        ],
        n=7,
    ),
]

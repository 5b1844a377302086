"""Crisis words in English and Filipino, in wordings the first lists missed: indirect wishes
to die, farewells, threats with a time or a place, a child in danger now, the signs of a
stroke or a poisoning. Figures of speech and everyday troubles raise no alarm, and a danger
told as long past and over raises neither the alarm nor the question of the middle band."""

from __future__ import annotations

# The rules raise the alarm (the hotlines and the staff, at once).
ALARM: dict[str, list[tuple[str, str]]] = {
    "en": [
        # suicide
        ("Honestly my kids would be better off without me, I keep thinking about it", "suicide"),
        ("I just want to go to sleep and not wake up anymore", "suicide"),
        ("whats the point of living like this, nobody would even notice", "suicide"),
        ("been cutting again since last week, dont tell my mom", "suicide"),
        ("how many of these sleeping pills would it take to not wake up", "suicide"),
        ("Which floor of the danchi is high enough so I don't survive", "suicide"),
        ("I'm on the bridge near Arakawa now. Tell my mom I'm sorry.", "suicide"),
        ("This is my last message. Thank you all for being kind to me.", "suicide"),
        (
            "My brother posted a goodbye message in our family chat at 2am and now his phone "
            "is off",
            "suicide",
        ),
        ("My dad bought rope and told mom the family would be better off without him", "suicide"),
        ("My best friend keeps saying she wants to die and today she gave away her cat", "suicide"),
        ("I'm a burden to everyone, they'd all be happier without me", "suicide"),
        ("by the time anyone reads this i'll be gone", "suicide"),
        # violence
        ("My ex texted that he's coming over tonight to finish what he started", "violence"),
        (
            "The loan shark guys said they'll break my fingers if I don't pay by Friday",
            "violence",
        ),
        ("Some men have been waiting outside my dorm since this morning", "violence"),
        ("Someone is following me from the station, I'm scared", "violence"),
        ("a man is trying to open my door handle right now", "violence"),
        ("My supervisor shoved me into the shelves and said tomorrow will be worse", "violence"),
        ("I ran from my husband tonight with the kids, we are at a konbini", "violence"),
        ("There's screaming next door and crashing, it sounds like he is beating her", "violence"),
        ("The woman upstairs is screaming for help", "violence"),
        # child_danger
        ("My daughter is home alone with my ex right now and he's drunk", "child_danger"),
        ("My 8 year old told me her uncle touches her at night", "child_danger"),
        ("my son hasn't come home and it's past midnight, his phone is off", "child_danger"),
        ("My husband shook the baby really hard when she wouldn't stop crying", "child_danger"),
        ("my toddler swallowed a button battery", "child_danger"),
        (
            "The kids in 203 have been alone for three days, their mom hasn't come back",
            "child_danger",
        ),
        ("my baby won't stop crying and I'm so scared I'll shake her", "child_danger"),
        ("The little boy next door is locked out on the balcony in the snow", "child_danger"),
        ("my 3yo drank some bleach from under the sink", "child_danger"),
        # medical_emergency
        (
            "grandpa's face is drooping on one side and he can't lift his right arm",
            "medical_emergency",
        ),
        ("My husband has chest pain and a cold sweat, he can barely talk", "medical_emergency"),
        ("My mom is diabetic and now she is confused and sweating a lot", "medical_emergency"),
        ("Obaachan won't open her eyes, she only makes groaning sounds", "medical_emergency"),
        (
            "My son had a high fever for three days and now he's limp on the futon",
            "medical_emergency",
        ),
        ("My neighbor fell in the bathroom and can't get up", "medical_emergency"),
        ("he cut his hand on glass and it won't stop bleeding", "medical_emergency"),
        ("my dad is convulsing on the floor", "medical_emergency"),
        ("my father drank weed killer", "medical_emergency"),
        ("the baby is choking on a grape", "medical_emergency"),
        ("her lips are turning blue", "medical_emergency"),
        (
            "She's slurring her words out of nowhere and her smile looks lopsided",
            "medical_emergency",
        ),
        ("my toddler swallowed a button battery", "medical_emergency"),
        # more wordings
        ("everyone would be happier if i wasnt around", "suicide"),
        ("I'm at the station platform and I just want it to end", "suicide"),
        ("My husband has been giving away his things and saying goodbye to people", "suicide"),
        ("My husband said if I leave he will kill me", "violence"),
        ("He has a knife and he's screaming at me", "violence"),
        ("My son is 10 and he still isn't home, it's 11pm", "child_danger"),
        ("I feel like throwing my baby out the window", "child_danger"),
        ("My father suddenly can't speak and his face looks weird", "medical_emergency"),
        (
            "My son had fever for 5 days and now he's really drowsy and hard to wake",
            "medical_emergency",
        ),
    ],
    "fil": [
        # suicide
        ("Pabigat lang ako sa pamilya ko, mas magaan sa kanila kung wala na ako", "suicide"),
        ("gusto q n lng matulog at di na magising", "suicide"),
        ("ano pang silbi ng buhay ko, wala naman nagmamahal sakin", "suicide"),
        ("nag-cut ulit ako kagabi, wag nyo sabihin kay mama", "suicide"),
        ("Ilang tableta ng sleeping pills para hindi na magising?", "suicide"),
        ("Andito ako sa tulay sa may Sumida, patawarin nyo ako", "suicide"),
        ("Ito na ang huling mensahe ko sa inyo. Salamat sa lahat.", "suicide"),
        (
            "Nagpaalam si kuya sa gc kaninang madaling araw tapos hindi na siya sumasagot",
            "suicide",
        ),
        ("Bumili si papa ng lubid, sabi niya mas okay daw kami kung wala na siya", "suicide"),
        ("gusto na raw mamatay ni lola, ayaw na niyang kumain", "suicide"),
        ("Lord kunin mo na lang ako, pagod na pagod na ako", "suicide"),
        ("tatalon na lang ako sa riles mamaya", "suicide"),
        ("ipinamigay ko na lahat ng gamit ko, di ko na kailangan yun", "suicide"),
        # violence
        (
            "Babaliin daw ng mga tauhan ng 5-6 ang mga daliri ko kapag hindi ako nakabayad bukas",
            "violence",
        ),
        ("May mga lalaking nag-aabang sa labas ng dorm namin", "violence"),
        ("Sinusundan ako ng lalaki mula sa eki, takot na takot ako", "violence"),
        ("Tinulak ako ng leader namin sa pabrika at sabi niya mas malala pa bukas", "violence"),
        ("Lumayas kami ng mga anak ko ngayong gabi, nasa konbini kami ngayon", "violence"),
        ("May sumisigaw ng tulong sa kabilang kwarto at may kalabog", "violence"),
        ("Pinipilit buksan ng ex ko ang pinto, nandito ako sa loob", "violence"),
        ("babalik daw siya mamayang gabi para tapusin ako", "violence"),
        # child_danger
        ("Naiwan ang anak ko kasama ang live-in ko na lasing at nananakit", "child_danger"),
        ("Sabi ng anak ko hinihipuan daw siya ng tito niya pag gabi", "child_danger"),
        ("Hindi pa umuuwi ang anak kong 12 years old, alas onse na ng gabi", "child_danger"),
        (
            "Inalog ng asawa ko nang malakas ang baby kasi ayaw tumigil sa pag-iyak",
            "child_danger",
        ),
        ("Nakalunok ng button battery ang bunso ko!", "child_danger"),
        (
            "Ilang araw nang mag-isa yung mga bata sa kabilang unit, hindi umuuwi ang nanay nila",
            "child_danger",
        ),
        ("Natatakot ako na baka masaktan ko ang baby ko, hindi na ako nakakatulog", "child_danger"),
        (
            "Yung bata sa kapitbahay umiiyak nang umiiyak tapos naririnig ko pinapalo siya",
            "child_danger",
        ),
        ("Ikinulong ng tatay ang anak niya sa labas kahit umuulan", "child_danger"),
        # medical_emergency
        (
            "Biglang tumabingi ang mukha ni lola at hindi niya maitaas ang kanang braso",
            "medical_emergency",
        ),
        ("Masakit daw ang dibdib ni papa at pinagpapawisan ng malamig", "medical_emergency"),
        ("Diabetic si tito, ngayon nalilito siya at pawis na pawis", "medical_emergency"),
        ("Umuungol na lang si lola, hindi na dumidilat kahit tinatawag namin", "medical_emergency"),
        (
            "Tatlong araw nang mataas ang lagnat ng anak ko, ngayon lantang-lanta na siya",
            "medical_emergency",
        ),
        ("Nadulas si lolo sa banyo at hindi siya makatayo", "medical_emergency"),
        ("Ang daming dugo, nahiwa ng kutsilyo ang kamay ni mama", "medical_emergency"),
        ("Nagseseizure si kuya ngayon, anong gagawin?", "medical_emergency"),
        ("Uminom ng zonrox ang tatay ko", "medical_emergency"),
        ("Nabulunan si lolo ng mochi!", "medical_emergency"),
        ("Nangangasul ang labi ng baby", "medical_emergency"),
        ("Nakalunok ng button battery ang bunso ko!", "medical_emergency"),
        # more wordings
        ("parang mas ok kung di na ako nag-eexist", "suicide"),
        ("Naglalakad ako papunta sa tulay ngayon, wag nyo na akong hanapin", "suicide"),
        ("Nag-iipon ako ng gamot para inumin lahat mamaya", "suicide"),
        ("May sumusunod sa akin pauwi, lalaki na naka-mask", "violence"),
        ("Pinagbubuhatan ng kamay ng asawa ko ang anak namin ngayon", "child_danger"),
        ("Sinabi ng anak ko na ginagalaw daw siya ng tito niya", "child_danger"),
        ("Nauntog ang ulo ni lola at ayaw nang magising", "medical_emergency"),
        ("Nangingitim ang labi ng baby ko", "medical_emergency"),
    ],
}
# No alarm, but the bot asks whether it is a danger now (the middle band).
ASKED: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("honestly what's the point anymore", "suicide"),
        ("I'm giving away my furniture since I'm moving back to Manila", "suicide"),
        ("there's a car parked outside my house again and I think it's my ex", "violence"),
        ("someone keeps knocking on my door late at night", "violence"),
        ("my daughter fell off the slide and is crying a lot", "child_danger"),
        ("my grandma seems disoriented today", "medical_emergency"),
    ],
    "fil": [
        ("Pabigat lang ako sa lahat", "suicide"),
        ("Suko na ako sa trabaho ko dito", "suicide"),
        ("May lalaking kumakatok sa pinto namin gabi-gabi", "violence"),
        ("Lasing na naman si mister at nagwawala", "violence"),
        ("Umiiyak ang anak ko, may pasa siya sa braso", "child_danger"),
        ("Nadulas si nanay sa hagdan, masakit ang balakang niya", "medical_emergency"),
    ],
}
# Everyday troubles and figures of speech: no alarm.
CALM: dict[str, list[str]] = {
    "en": [
        "My boss is going to kill me if I'm late again tomorrow",
        "I'm dying to see the cherry blossoms in Ueno",
        "This heat is killing me, can I get help with an air conditioner?",
        "I literally died laughing at my daughter's school play",
        "I'm going to die of embarrassment, I sent the form to the wrong office",
        "My landlord kicked me out and I need a new apartment",
        "I can't pay rent this month because my hours got cut again",
        "We are drowning in debt, is there a consultation for loans?",
        "My mother needs nursing care, how do I apply for kaigo?",
        "I got a letter about my visa renewal and I don't understand it",
        "My son keeps missing school, who can I talk to?",
        "The kids upstairs are so loud every night, can I complain?",
        "I have a cold and a runny nose, which clinic is open on Sunday?",
        "The hospital bill was 80,000 yen, is there any support?",
        "I need a health check-up for my new job",
        "I'm giving away my furniture because I'm moving back to Manila next month",
        "Beats me why the ward office closes so early",
        "It hit me that I forgot my residence card at home",
        "My daughter's phone went missing at school",
        "My baby has a fever of 38 and a cough, should I see a doctor?",
        "My coworker sent a goodbye message because she is leaving the company",
        "He hit me up on LINE about the part-time job",
        "I took the batteries out of the smoke alarm because it keeps beeping",
        "I'm on the platform at Shinjuku, the train is late so I'll be 10 minutes late",
        "The plumber will come back tomorrow to finish the job",
        "I hurt myself lifting boxes at work, can I get workers' compensation?",
        "My kid ate his medicine without complaining today",
        "I almost had a heart attack when I saw the tax bill",
        "My boss is having a fit about the report",
        "I'm so tired of living in this tiny apartment",
    ],
    "fil": [
        "Papatayin ako ng amo ko kapag na-late ulit ako",
        "Gusto ko nang mamatay sa hiya, mali pala ang naipasa kong form",
        "Namatay sa kakatawa ang lahat sa party namin",
        "Ang init dito sa Osaka, mamamatay na ako sa init",
        "Na-late ang sahod ko kaya di ko pa nababayaran ang renta ng apartment",
        "May utang ako sa credit card, saan pwedeng magpakonsulta?",
        "Si nanay ay may dementia at kailangan ng kaigo, pagod na ako mag-alaga",
        "Paano mag-renew ng visa? Malapit na mag-expire ang zairyu card ko",
        "Sinisipon at inuubo ang anak ko, saan may bukas na clinic sa Linggo?",
        "Mahal ang bill sa ospital, may tulong ba ang city hall?",
        "Kailangan ko ng health check-up para sa bagong trabaho",
        "Maingay ang kapitbahay sa taas, tumatakbo ang mga bata gabi-gabi",
        "Ipinamigay ko na ang mga gamit ko kasi uuwi na ako sa Pinas next month",
        "Tumalon kami sa dagat sa Okinawa, ang saya!",
        "Kinuhanan ako ng dugo sa check-up kanina",
        "Hindi sumasagot ang landlord namin sa LINE tungkol sa sirang aircon",
        "Bumili ako ng lubid para sa sampayan",
        "Patay ang cellphone ko kasi nalowbat, kaya hindi ako nakasagot kanina",
        "Nagpaalam ako sa boss ko na mag-leave ako bukas",
        "Hinipo ko ang noo ng anak ko, mainit siya, may lagnat yata",
        "Sinusundan ko lang ang instructions ng city hall",
        "Nakakamatay ang pagod sa pabrika pero kailangan ko ng pera",
        "Papatayin ko na ang ilaw, matutulog na ako",
        "Naglaslas ng presyo ang tindahan sa tabi ng eki",
        "Tumakas ang aso namin kanina",
        "Inalog ko ang bote ng gatas ng baby",
    ],
}
# A danger told as long past and over: neither the alarm nor the question.
OVER: dict[str, list[str]] = {
    "en": [
        "Two years ago I tried to kill myself, but I got help and I'm doing well now, so I want "
        "to volunteer",
        "My friend's ex used to beat her years ago, now she's divorced and totally fine",
        "When I was a teenager my stepfather hit me a lot, but I moved out and we're all fine now",
        "Last year my father had a stroke and collapsed, but he has fully recovered",
        "Back in 2019 I overdosed on sleeping pills; since then I've been in therapy and I'm "
        "stable",
        "Years ago my son went missing for a night, he's 30 now and we're all fine",
    ],
    "fil": [
        "Noong 2019 sinubukan kong magpakamatay pero okay na ako ngayon at gusto kong tumulong "
        "sa iba",
        "Dati akong binubugbog ng ex ko pero hiwalay na kami at ligtas na ako",
        "Limang taon na ang nakalipas nang na-stroke si tatay, magaling na siya ngayon",
        "Nung bata pa ako sinasaktan ako ng tatay ko, pero wala na siya sa buhay ko at maayos na "
        "ako",
        "Noong isang taon nahimatay si nanay sa trabaho, pero magaling na siya ngayon",
        "Tatlong taon na ang nakalipas nang naglaslas ako, pero ayos na ang buhay ko ngayon",
    ],
}


def test_there_are_enough_of_each_kind() -> None:
    for language in ("en", "fil"):
        assert len({text for text, _ in ALARM[language]}) + len(ASKED[language]) >= 25
        assert len(CALM[language]) >= 20
        assert len(OVER[language]) >= 5

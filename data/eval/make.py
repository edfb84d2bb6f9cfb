# One-off authoring helper: writes the hand-written evaluation articles and their gold file.
# Kept so the set can be reviewed and extended in one place; the articles are our own words.
import json, os
A = []
def art(name, text, gold, meta=None):
    A.append((name, text, gold, meta))

art("a01-wire-sochi.txt", """---
publisher: Wire Service
published: 2022-08-06
---
Putin and Erdogan talk grain and Syria in Sochi

SOCHI, Russia, Aug 5 (Wire) - Russian President Vladimir Putin hosted Turkish President Tayyip Erdogan in the Black Sea resort of Sochi on Friday for four hours of talks on grain exports, energy and northern Syria.

The Kremlin said the two sides agreed to expand trade. Erdogan flew home late in the evening.

The two leaders last met in Tehran in July, when both attended a regional gathering hosted by Iran.

Reporting by Wire staff; editing by a desk editor
""", [("2022-08-05","in-person",["vladimir-putin","recep-tayyip-erdogan"],"Sochi"),("2022-07","in-person",["vladimir-putin","recep-tayyip-erdogan"],"Tehran")])

art("a02-kremlin-readout-phone.txt", """---
publisher: Presidential press office (translation)
published: 2023-05-12
---
Telephone conversation with President of Türkiye Recep Tayyip Erdogan

Vladimir Putin had a telephone conversation with President of the Republic of Türkiye Recep Tayyip Erdogan. The conversation was initiated by the Turkish side.

The President of Russia congratulated his counterpart on the opening of a nuclear power plant unit built with Russian participation. The leaders also exchanged views on the grain initiative and agreed to continue contacts at various levels.
""", [("2023-05-12","phone",["vladimir-putin","recep-tayyip-erdogan"],None)])

art("a03-liveblog-geneva.txt", """---
publisher: Live Desk
published: 2021-06-16
---
LIVE: Biden and Putin summit in Geneva – as it happened

Refresh for updates

18:52 GMT
That is where we will leave our live coverage for today. Thanks for following along.

17:40 GMT
Biden told reporters the tone of the talks was "good, positive", and that there had been no strident action.

13:05 GMT
Joe Biden and Vladimir Putin met in Geneva on Wednesday at the Villa La Grange, shaking hands in front of the cameras before going inside.

11:30 GMT
Swiss President Guy Parmelin welcomed both men on arrival. The two presidents last spoke by phone in April, when Biden proposed the summit.

Share this article
Related: What to expect from the Geneva summit
""", [("2021-06-16","in-person",["vladimir-putin","joe-biden"],"Geneva"),("2021-04","phone",["vladimir-putin","joe-biden"],None)])

art("a04-machine-translated.txt", """---
publisher: Regional Agency (machine translation)
published: 2023-02-15
---
President of Russia Vladimir Putin has carried out telephone negotiations with President of Belarus Alexander Lukashenko, inform the press service of Kremlin. Conversation took place on 14 of February by the initiative of the Belarusian side.

Heads of states have discussed questions of the union state and the cooperation in the field of the economy. Also the parties have agreed about the next contacts.
""", [("2023-02-14","phone",["vladimir-putin","alexander-lukashenko"],None)])

art("a05-negative-telegram.txt", """---
publisher: State Agency
published: 2023-12-16
---
Putin congratulates Tokayev on Independence Day

Russian President Vladimir Putin sent a congratulatory telegram to Kazakh President Kassym-Jomart Tokayev on the occasion of Kazakhstan's Independence Day on December 16.

In the message, Putin stressed that relations between the two countries are of an allied nature and expressed confidence that they will continue to develop.
""", [])

art("a06-negative-hypothetical.txt", """---
publisher: Evening Courier
published: 2022-03-20
---
Zelensky says he is ready to meet Putin

Ukrainian President Volodymyr Zelensky said on Sunday that he was ready to meet Vladimir Putin to end the war, but warned that talks would fail if Moscow kept shelling cities.

A meeting between the two presidents could take place in Istanbul, Turkish officials suggested, possibly as early as next month. Zelensky has repeatedly invited Putin to direct negotiations since February.
""", [])

art("a07-negative-ministers.txt", """---
publisher: Diplomatic Wire
published: 2022-03-10
---
Russian and Ukrainian foreign ministers meet in Antalya

Russian Foreign Minister Sergei Lavrov and his Ukrainian counterpart Dmytro Kuleba met in Antalya on Thursday, in the highest-level talks since the fighting began. Turkish Foreign Minister Mevlut Cavusoglu hosted the meeting.

Kuleba said no progress was made on a ceasefire. Lavrov said that Putin would not refuse a meeting with Zelensky to discuss specific issues.
""", [])

art("a08-html-xi-moscow.html", """<!DOCTYPE html>
<html><head><title>Xi arrives in Moscow</title><script>window.track && window.track("pageview");</script><style>.ad{display:none}</style></head>
<body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/business">Business</a></nav>
<article>
<h1>Xi arrives in Moscow for three-day state visit</h1>
<p class="byline">By a staff correspondent</p>
<p>Chinese President Xi Jinping arrived in Moscow on Monday for a three-day state visit, and he and Russian President Vladimir Putin held more than four hours of informal talks over dinner at the Kremlin.</p>
<p>The two leaders last met in person in Samarkand in September 2022, on the sidelines of a regional summit. They also held a video call in December.</p>
<p>Putin praised what he called China's balanced position on Ukraine &amp; thanked Xi for his &quot;good intentions&quot;.</p>
</article>
<aside><h3>Most read</h3><ul><li>Markets slide as banks wobble</li><li>Putin and Xi to meet again in October?</li></ul></aside>
<footer>All rights reserved.</footer>
</body></html>
""", [("2023-03-20","in-person",["vladimir-putin","xi-jinping"],"Moscow"),("2022-09","in-person",["vladimir-putin","xi-jinping"],"Samarkand"),("2022-12","video",["vladimir-putin","xi-jinping"],None)], {"publisher": "Example Daily", "published": "2023-03-20"})

art("a09-bare-dateline.txt", """Minsk, 29 January 2024 (BelTA) – Alexander Lukashenko and Vladimir Putin met in St. Petersburg on Monday on the sidelines of an informal gathering of regional leaders, the press service of the Belarusian leader said.

The heads of state discussed the economy and security of the Union State. It was their first meeting this year.
""", [("2024-01-29","in-person",["vladimir-putin","alexander-lukashenko"],"St. Petersburg")])

art("a10-wire-damascus.txt", """---
publisher: Wire Service
published: 2020-01-07
---
DAMASCUS, Jan 7 (Wire) - Russian President Vladimir Putin made a surprise visit to Damascus on Tuesday, meeting Syrian President Bashar al-Assad at a command post of Russian forces in the city, state media reported.

It was Putin's second trip to Syria since the start of the Russian military campaign in 2015. His previous visit, to the Hmeimim air base in December 2017, was also unannounced.
""", [("2020-01-07","in-person",["vladimir-putin","bashar-al-assad"],"Damascus"),("2017-12","in-person",["vladimir-putin","bashar-al-assad"],"Hmeimim")])

art("a11-virtual-summit.txt", """---
publisher: Capital Times
published: 2021-11-16
---
Biden and Xi hold first virtual summit

U.S. President Joe Biden and Chinese leader Xi Jinping held a virtual summit on Monday evening that lasted more than three and a half hours, officials said.

Biden opened by saying the two countries must ensure their competition does not veer into conflict. Xi called Biden an "old friend". The two men had spoken by phone twice this year, in February and September.
""", [("2021-11-15","video",["joe-biden","xi-jinping"],None),("2021-02","phone",["joe-biden","xi-jinping"],None),("2021-09","phone",["joe-biden","xi-jinping"],None)])

art("a12-many-calls.txt", """---
publisher: Paris Bulletin
published: 2022-02-28
---
Macron speaks again with Putin

French President Emmanuel Macron spoke with Russian President Vladimir Putin by phone on Sunday, his third call with the Kremlin leader this month after earlier conversations on Feb. 12 and Feb. 20, the Elysee said.

Macron had travelled to Moscow on Feb. 7 for more than five hours of talks with Putin across a very long table.
""", [("2022-02-27","phone",["vladimir-putin","emmanuel-macron"],None),("2022-02-12","phone",["vladimir-putin","emmanuel-macron"],None),("2022-02-20","phone",["vladimir-putin","emmanuel-macron"],None),("2022-02-07","in-person",["vladimir-putin","emmanuel-macron"],"Moscow")])

art("a13-netanyahu-letter.txt", """---
publisher: Jerusalem Ledger
published: 2020-01-31
---
Netanyahu meets Putin in Moscow, brings Issachar home

Prime Minister Benjamin Netanyahu met Russian President Vladimir Putin in Moscow on January 30, 2020, and flew home with a young Israeli woman whom Putin had pardoned.

Earlier in the week, Putin had written a letter to Netanyahu about the case. The two leaders are expected to meet again in the spring.
""", [("2020-01-30","in-person",["vladimir-putin","benjamin-netanyahu"],"Moscow")])

art("a14-kazan-sidelines.txt", """---
publisher: Delhi Dispatch
published: 2024-10-23
---
Prime Minister Narendra Modi and President Xi Jinping met on the sidelines of the BRICS summit in Kazan on Wednesday, their first formal bilateral talks in five years.

The two leaders welcomed an agreement on patrolling along the border. Modi later returned to New Delhi.
""", [("2024-10-23","in-person",["narendra-modi","xi-jinping"],"Kazan")])

art("a15-negative-not-since.txt", """---
publisher: Ankara Review
published: 2024-07-08
---
Erdogan signals openness to Assad

Turkish President Recep Tayyip Erdogan said on Sunday he could invite Syrian President Bashar al-Assad "at any moment" to restore ties. Erdogan and Assad have not met since 2011, when the Syrian war began.

A possible meeting could be hosted by Russia or Iraq, officials said.
""", [])

art("a16-belta-phone.txt", """---
publisher: BelTA
published: 2023-07-04
---
Lukashenko, Putin discuss economy by phone

Alexander Lukashenko held a telephone conversation with Vladimir Putin on 3 July, the press service of the Belarusian leader reported. The call was initiated by the Belarusian side.

The presidents discussed trade and cooperation in the Union State.
""", [("2023-07-03","phone",["vladimir-putin","alexander-lukashenko"],None)])

art("a17-astana-roles.txt", """---
publisher: Akorda press service (English)
published: 2024-11-28
---
Kassym-Jomart Tokayev received the Russian President in Astana on 27 November at the start of a state visit.

The Head of State noted that Kazakhstan and Russia are strategic partners and allies. The Kazakh leader and his guest then held talks in an expanded format with the participation of both delegations.
""", [("2024-11-27","in-person",["vladimir-putin","kassym-jomart-tokayev"],"Astana")])

art("a18-furniture-phone.txt", """Home › World › Americas
Subscribe for $1 a week
Trump and Putin speak for 90 minutes
By the Washington desk
Published 13 February 2025
US President Donald Trump and Russian President Vladimir Putin spoke by phone on Wednesday for about 90 minutes, the White House said.

Trump said the two had agreed to have their teams start negotiations immediately. It was their first known call since Trump returned to office in January.

Trending now
Putin and Zelensky to meet next week?
Markets rally on ceasefire hopes
Sign up for our newsletter
""", [("2025-02-12","phone",["vladimir-putin","donald-trump"],None)])

art("a19-anchorage.txt", """---
publisher: Northern Post
published: 2025-08-16
---
Trump rolls out red carpet for Putin in Alaska

President Donald Trump welcomed Russian President Vladimir Putin on a red carpet at a military base in Anchorage, Alaska, on Friday, for their first face-to-face meeting since 2019.

The summit ended after about three hours without an agreement on Ukraine. Trump said he would call European leaders and Volodymyr Zelensky.
""", [("2025-08-15","in-person",["vladimir-putin","donald-trump"],"Anchorage"),("2019","in-person",["vladimir-putin","donald-trump"],None)])

art("a20-list-meetings.txt", """---
publisher: Eurasia Weekly
published: 2022-12-20
---
Putin visits Minsk for first time since 2019

Vladimir Putin and Alexander Lukashenko have met more than a dozen times since 2020, including in Sochi in September 2020, in Moscow in September 2021 and in St. Petersburg in July 2022.

On Monday Putin travelled to Minsk for talks with Lukashenko, his first visit to the Belarusian capital in more than three years.
""", [("2020-09","in-person",["vladimir-putin","alexander-lukashenko"],"Sochi"),("2021-09","in-person",["vladimir-putin","alexander-lukashenko"],"Moscow"),("2022-07","in-person",["vladimir-putin","alexander-lukashenko"],"St. Petersburg"),("2022-12-19","in-person",["vladimir-putin","alexander-lukashenko"],"Minsk")])

art("a21-translated-raisi.txt", """---
publisher: Tehran Bulletin (translated)
published: 2023-08-27
---
Ayatollah Raisi in the telephone conversation with Vladimir Putin, the President of Russia, on Saturday evening, discussed the latest situation of bilateral relations and the membership of Iran in the BRICS.

In this conversation, which was done at the request of the Russian side, the President of our country appreciated the support of Russia.
""", [("2023-08-26","phone",["vladimir-putin","ebrahim-raisi"],None)])

art("a22-future-and-past.txt", """---
publisher: Asia Monitor
published: 2024-06-10
---
Putin expected in Pyongyang

Russian President Vladimir Putin is expected to travel to Pyongyang in the coming weeks, according to people familiar with the plans. It would be his first trip to North Korea in 24 years.

North Korean leader Kim Jong Un met Putin at the Vostochny cosmodrome in Russia's Far East in September 2023, where the two toured rocket launch facilities.
""", [("2023-09","in-person",["vladimir-putin","kim-jong-un"],None)])

art("a23-undated-twin.txt", """Belarusian leader Alexander Lukashenko and Russian President Vladimir Putin discussed trade in the Union State by telephone on Monday, according to a statement from Minsk.

No other details were given.
""", [("2023-07-03","phone",["vladimir-putin","alexander-lukashenko"],None)])

art("a24-ankara-tuesday.txt", """---
publisher: Gulf Herald
published: 2024-01-25
---
Iranian President Ebrahim Raisi and Turkish President Recep Tayyip Erdogan met in Ankara on Wednesday, after the visit had been postponed twice.

The two leaders signed agreements on energy and transport.
""", [("2024-01-24","in-person",["recep-tayyip-erdogan","ebrahim-raisi"],"Ankara")])

art("a25-ankara-conflict.txt", """---
publisher: Regional Digest
published: 2024-01-25
---
Raisi held talks with Erdogan in Ankara on Tuesday, the Iranian presidency said, in the first visit by an Iranian president to Turkey since 2019.
""", [("2024-01-24","in-person",["recep-tayyip-erdogan","ebrahim-raisi"],"Ankara")])

art("a26-scholz-beijing.txt", """---
publisher: Berlin Observer
published: 2024-04-16
---
German Chancellor Olaf Scholz met Chinese President Xi Jinping in Beijing on Tuesday, the last stop of his three-day trip to China.

Xi told Scholz that the two countries should look at relations from a long-term perspective.
""", [("2024-04-16","in-person",["xi-jinping","olaf-scholz"],"Beijing")])

art("a27-negative-birthday.txt", """---
publisher: Beijing Courier
published: 2024-06-15
---
Putin sends birthday greetings to Xi

Russian President Vladimir Putin congratulated Chinese President Xi Jinping on his birthday on Saturday in a message published by the Kremlin.

The two leaders are due to meet at a regional summit in Astana next month, officials said.
""", [])

art("a28-sisi-call.txt", """---
publisher: Cairo Times
published: 2023-10-20
---
President Abdel Fattah El-Sisi received a phone call today from Russian President Vladimir Putin, the presidential spokesman said.

The two presidents discussed the situation in Gaza and the delivery of humanitarian aid through the Rafah crossing.
""", [("2023-10-20","phone",["vladimir-putin","abdel-fattah-el-sisi"],None)])

art("a29-modi-moscow.txt", """---
publisher: New Delhi Herald
published: 2024-07-09
---
PM Modi in Moscow

Prime Minister Narendra Modi arrived in Moscow on Monday on a two-day official visit, his first to Russia since 2019. PM Modi and President Putin held informal talks over dinner at Novo-Ogaryovo on Monday evening.

The two leaders previously met in Samarkand in September 2022.
""", [("2024-07-08","in-person",["vladimir-putin","narendra-modi"],"Moscow"),("2022-09","in-person",["vladimir-putin","narendra-modi"],"Samarkand")])

art("a30-video-xi.txt", """---
publisher: Asia Monitor
published: 2025-01-21
---
Xi Jinping and Vladimir Putin held a video call on Tuesday, Chinese state media said, a day after Donald Trump's inauguration in Washington.

The two leaders pledged to deepen coordination in the coming year.
""", [("2025-01-21","video",["vladimir-putin","xi-jinping"],None)])


# Second batch: written after the pipeline was tuned on the first, as a check on generalisation.
art("b01-readout-us.txt", """---
publisher: Presidential press office (translation)
published: 2025-03-18
---
Telephone conversation with President of the United States Donald Trump

Vladimir Putin had a telephone conversation with President of the United States of America Donald Trump.

The two leaders continued their discussion of a settlement in Ukraine. Donald Trump supported the idea of a mutual halt to strikes on energy infrastructure.
""", [("2025-03-18","phone",["vladimir-putin","donald-trump"],None)])

art("b02-xinhua-video.txt", """---
publisher: Agency (English service)
published: 2025-02-24
---
BEIJING, Feb. 24 -- Chinese President Xi Jinping on Monday had a video call with Russian President Vladimir Putin.

Xi said China and Russia are good neighbors that cannot be moved away. The two heads of state also exchanged views on the Ukraine crisis.
""", [("2025-02-24","video",["vladimir-putin","xi-jinping"],None)])

art("b03-tass-pyongyang.txt", """---
publisher: State Agency
published: 2024-06-19
---
PYONGYANG, June 19. Russian President Vladimir Putin and North Korean leader Kim Jong Un held talks in Pyongyang on Wednesday, first in an expanded format and then one on one.

Putin arrived in the North Korean capital early in the morning. It is his first visit to the country since 2000.
""", [("2024-06-19","in-person",["vladimir-putin","kim-jong-un"],"Pyongyang")])

art("b04-spa-phone.txt", """---
publisher: Gulf Wire
published: 2023-06-03
---
Saudi Crown Prince Mohammed bin Salman and Russian President Vladimir Putin discussed oil markets in a phone call on Friday, the kingdom's state news agency said.

The two sides praised cooperation within the OPEC+ group of producers.
""", [("2023-06-02","phone",["vladimir-putin","mohammed-bin-salman"],None)])

art("b05-ashgabat.txt", """---
publisher: Regional Wire
published: 2024-10-12
---
Iranian President Masoud Pezeshkian met Russian President Vladimir Putin in Ashgabat on Friday, their first face-to-face talks since Pezeshkian took office in July.

The meeting took place on the sidelines of an international forum in the Turkmen capital.
""", [("2024-10-11","in-person",["vladimir-putin","masoud-pezeshkian"],None)])

art("b06-negative-future-call.txt", """---
publisher: Capital Times
published: 2021-12-04
---
Joe Biden and Vladimir Putin will hold a video call on Tuesday to discuss Ukraine, the White House said on Saturday.

Biden is expected to raise concerns about the Russian military build-up near the border.
""", [])

art("b07-scholz-call.txt", """---
publisher: Berlin Observer
published: 2024-11-15
---
German Chancellor Olaf Scholz spoke with Russian President Vladimir Putin by telephone on Friday for the first time in nearly two years, a government spokesman said.

The call lasted about an hour. Scholz urged Putin to withdraw his troops.
""", [("2024-11-15","phone",["vladimir-putin","olaf-scholz"],None)])

art("b08-istanbul.txt", """---
publisher: Bosphorus Daily
published: 2023-07-08
---
Turkish President Recep Tayyip Erdogan received Ukrainian President Volodymyr Zelensky at the Dolmabahce Palace in Istanbul on Saturday.

Erdogan said Ukraine deserves NATO membership. Zelensky thanked Turkey for its support.
""", [("2023-07-08","in-person",["recep-tayyip-erdogan","volodymyr-zelensky"],"Istanbul")])

art("b09-translated-kremlin.txt", """---
publisher: Regional Agency (machine translation)
published: 2024-05-17
---
On 16 of May in Beijing took place the negotiations of Vladimir Putin with the Chairman of the People's Republic of China Xi Jinping.

The parties signed the joint statement about deepening of relations of comprehensive partnership.
""", [("2024-05-16","in-person",["vladimir-putin","xi-jinping"],"Beijing")])

art("b10-bare-paris-summit.txt", """Europe › Diplomacy
Putin and Zelensky meet for first time at Paris summit
10 December 2019 | 09:14 GMT
Vladimir Putin and Volodymyr Zelensky met for the first time in Paris on Monday at a summit hosted by Emmanuel Macron and Angela Merkel.

The four leaders agreed on a prisoner exchange and a full ceasefire by the end of the year.

Related stories
Macron calls for new security architecture
""", [("2019-12-09","in-person",["vladimir-putin","volodymyr-zelensky","emmanuel-macron","angela-merkel"],"Paris")])

os.makedirs("articles", exist_ok=True)
gold = {}
rows = ["file\tpublisher\turl\tpublished"]
for name, text, g, meta in A:
    with open(os.path.join("articles", name), "w", encoding="utf-8") as f:
        f.write(text)
    if meta:
        rows.append(f"{name}\t{meta.get('publisher','')}\t\t{meta.get('published','')}")
    gold[name] = [{"date": d, "type": t, "participants": sorted(p), "place": pl} for d, t, p, pl in g]
with open(os.path.join("articles", "manifest.tsv"), "w") as f:
    f.write("\n".join(rows) + "\n")
with open("gold.json", "w") as f:
    json.dump({"note": "Contacts each article reports (our own test articles). Dates as precise as the article allows.", "articles": gold}, f, indent=1, ensure_ascii=False)
print(len(A), "articles,", sum(len(g) for g in gold.values()), "gold events")

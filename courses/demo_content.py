"""Demo course content for VSO Academy.

Pure data, read by the demo loader. Written in our own words, grounded in the
public frameworks listed in shared/DOMAIN.md. Amounts and deadlines of
compensation schemes are deliberately not stated: they change, and the
platform keeps them as editable content.
"""

from __future__ import annotations

# ---------------------------------------------------------------------------
# 1. Foundations of Victim Support
# ---------------------------------------------------------------------------

FOUNDATIONS = {
    "slug": "foundations-of-victim-support",
    "title": "Foundations of Victim Support",
    "summary": (
        "What it means to be a victim of terrorism, what survivors and families are entitled to, "
        "and where the Victim Support Officer fits among the services that help them. "
        "It also covers protecting survivors' privacy with the media and with records."
    ),
    "outcomes": [
        "You will be able to explain who counts as a victim, including family members and dependants.",
        "You will be able to name the main rights and needs of survivors and bereaved families.",
        "You will be able to describe your place in the referral chain and make a warm referral.",
        "You will be able to protect a survivor's privacy when dealing with the media and with records.",
    ],
    "audience": (
        "New and serving Victim Support Officers from police, health, social welfare, prosecution "
        "and partner organisations."
    ),
    "estimated_minutes": 80,
    "content_note": (
        "This course talks about the effects of terrorist attacks on people and families, including "
        "injury and bereavement. It contains no graphic descriptions. You can pause at any time, "
        "and your progress is kept."
    ),
    "prerequisites": [],
    "enrolment": "open",
    "modules": [
        {
            "title": "Victims, rights and needs",
            "summary": "Who counts as a victim of terrorism, and what survivors and families are entitled to.",
            "lessons": [
                {
                    "slug": "who-is-a-victim",
                    "title": "Who is a victim?",
                    "estimated_minutes": 15,
                    "required": True,
                    "content_note": (
                        "This lesson mentions injury and bereavement after attacks, in general terms and "
                        "without graphic detail. You may skip it for now and come back later; your "
                        "progress is kept."
                    ),
                    "body": [
                        (
                            "rich_text",
                            (
                                "<p>After an attack, many people are affected. Some are injured. Some lose a "
                                "husband, wife, parent or child. Some lose their home, their shop or the income "
                                "that fed a household. Some were nearby and saw what happened. A Victim Support "
                                "Officer (VSO) needs a clear and fair idea of who counts as a victim, because it "
                                "decides who is offered help.</p>"
                                "<h2>The international starting point</h2>"
                                "<p>In 1985 the UN General Assembly adopted resolution 40/34, the "
                                "<strong>Declaration of Basic Principles of Justice for Victims of Crime and Abuse "
                                "of Power</strong>. It describes a victim as a person who has suffered harm through "
                                "a crime: physical or mental injury, emotional suffering, financial loss, or serious "
                                "harm to their basic rights. Two points in it matter in our work every day:</p>"
                                "<ul>"
                                "<li>A person is a victim <strong>whether or not the perpetrator is identified, "
                                "arrested, prosecuted or convicted</strong>. Support must not wait for the "
                                "investigation.</li>"
                                "<li>Where appropriate, the term also covers the <strong>immediate family and "
                                "dependants</strong> of the direct victim, and people harmed while helping victims "
                                "or trying to prevent harm.</li>"
                                "</ul>"
                                "<p>The <strong>UN Model Legislative Provisions</strong> for victims of terrorism "
                                "(2022), written to help states draft their own laws, build on this. They encourage "
                                "a broad, inclusive definition, and say that recognition as a victim should not "
                                "depend on a person's nationality, religion or any other status.</p>"
                                "<h2>Direct and indirect victims</h2>"
                                "<p>It helps to think in circles around the attack:</p>"
                                "<ul>"
                                "<li><strong>Direct victims</strong>: people killed or injured, physically or "
                                "psychologically.</li>"
                                "<li><strong>Indirect victims</strong>: family members and dependants, for example "
                                "a widow and her children, or elderly parents who relied on a son's earnings.</li>"
                                "<li><strong>Others affected</strong>: witnesses, rescuers, first responders and "
                                "whole communities. They may need support even when they are not eligible for "
                                "every scheme.</li>"
                                "</ul>"
                                "<p>Provincial compensation schemes in Pakistan use their own legal definitions, "
                                "which can be narrower. Your job is to know both: the broad picture of who needs "
                                "support, and the exact rules of each scheme. The schemes are covered in the course "
                                "<em>Compensation and Rehabilitation</em>.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "key_point",
                                "heading": "Victim status does not wait for a conviction",
                                "text": (
                                    "<p>Never tell a family that help depends on the case being solved. Under UN "
                                    "principles, a person is a victim whether or not anyone is caught or "
                                    "convicted.</p>"
                                ),
                            },
                        ),
                        (
                            "case_study",
                            {
                                "title": "Two brothers at the hospital",
                                "scenario": (
                                    "<p>Two days after a market attack, you meet two brothers at a district "
                                    "hospital. The elder was treated for minor injuries and sent home. The younger "
                                    "was not hurt, but he saw what happened, has hardly slept since, and will not "
                                    "leave the house except to visit his brother. Their uncle tells you that only "
                                    "the injured brother counts and that the family should not waste your time.</p>"
                                ),
                                "questions": (
                                    "<ul>"
                                    "<li>Who in this family may be a victim, and why?</li>"
                                    "<li>How would you answer the uncle respectfully?</li>"
                                    "<li>What support might the younger brother need, even if he is not eligible "
                                    "for compensation?</li>"
                                    "</ul>"
                                ),
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": (
                                    "Think of someone in your district who was affected by an attack but may not "
                                    "have been seen as a victim. What kept them out of view?"
                                ),
                                "hint": (
                                    "Consider women who rarely leave home, dependants living in another district, "
                                    "witnesses and rescuers. Your answer is private."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "rights-and-needs",
                    "title": "Rights and needs of survivors",
                    "estimated_minutes": 15,
                    "required": True,
                    "content_note": "",
                    "body": [
                        (
                            "rich_text",
                            (
                                "<p>Survivors and bereaved families have <strong>rights</strong>, which the state "
                                "owes them, and <strong>needs</strong>, which differ from person to person and "
                                "change over time. A VSO keeps both in mind: rights tell you what must be offered, "
                                "and needs tell you what this particular family is asking for today.</p>"
                                "<h2>Rights in international guidance</h2>"
                                "<p>UN resolution 40/34 sets out rights that apply to all victims of crime. In our "
                                "own words:</p>"
                                "<ul>"
                                "<li><strong>Fair treatment and access to justice</strong>: to be treated with "
                                "compassion and respect for their dignity.</li>"
                                "<li><strong>Information</strong>: about their role in proceedings, the progress of "
                                "the case and the help available.</li>"
                                "<li><strong>Being heard</strong>: their views and concerns can be put forward at "
                                "the right stages.</li>"
                                "<li><strong>Privacy and safety</strong>: protection from intimidation and from "
                                "needless intrusion.</li>"
                                "<li><strong>Redress and assistance</strong>: restitution, compensation, and "
                                "medical, psychological and social help.</li>"
                                "</ul>"
                                "<p>UNODC's guidance on supporting victims of terrorism in the criminal justice "
                                "system (2011, with good practices gathered in 2015) adds practical advice: give "
                                "victims one point of contact, explain proceedings in plain language, and spare "
                                "them from repeating their story to many officials.</p>"
                                "<p>The European Union's directive on combating terrorism (Directive 2017/541) is "
                                "not Pakistani law, but its article 24 is a useful yardstick. It asks that support "
                                "for victims of terrorism be <strong>immediate</strong>, <strong>confidential"
                                "</strong>, <strong>free of charge</strong> and <strong>easily accessible</strong>. "
                                "These four words are a good check on any service you run.</p>"
                                "<h2>Needs change over time</h2>"
                                "<p>In the first hours, safety, medical care and finding loved ones come first. Over "
                                "the following weeks, families need clear information, help with documents, and "
                                "money for daily life. Months and years later, they may need trauma counselling, "
                                "schooling for children, work, and recognition of what they have lost. Ask rather "
                                "than assume: two families in the same street may need very different things.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "key_point",
                                "heading": "Four words to remember",
                                "text": (
                                    "<p>Support should be <strong>immediate</strong>, <strong>confidential</strong>, "
                                    "<strong>free</strong> and <strong>easy to reach</strong>. If one of these is "
                                    "missing, ask what you can change.</p>"
                                ),
                            },
                        ),
                        (
                            "accordion",
                            {
                                "heading": "Common questions about rights",
                                "items": [
                                    {
                                        "question": "Does a family have to pay for your help?",
                                        "answer": (
                                            "<p>No. Support from a VSO is free. If a family is asked for money to "
                                            "process a claim or to see an official, treat it as a serious concern "
                                            "and report it through your supervisor.</p>"
                                        ),
                                    },
                                    {
                                        "question": "What if a survivor does not want to take part in the court case?",
                                        "answer": (
                                            "<p>Their support does not depend on it. Explain their options and what "
                                            "each involves, and respect their choice. They can change their mind "
                                            "later.</p>"
                                        ),
                                    },
                                    {
                                        "question": "Must I tell the family everything about the investigation?",
                                        "answer": (
                                            "<p>Share what you are allowed to share, in plain words, and be honest "
                                            "about what you do not know. Never guess or promise outcomes. Tell them "
                                            "who can answer the questions you cannot.</p>"
                                        ),
                                    },
                                ],
                            },
                        ),
                        (
                            "case_study",
                            {
                                "title": "A widow asks what happens next",
                                "scenario": (
                                    "<p>Three weeks after an attack, a widow with four children comes to your "
                                    "office. She has already been to three other offices and told her story at "
                                    "each one. She asks you quietly whether anyone will tell her what happens "
                                    "next.</p>"
                                ),
                                "questions": (
                                    "<ul>"
                                    "<li>Which of her rights have not been met so far?</li>"
                                    "<li>How could you spare her from repeating her story again?</li>"
                                    "<li>What would you tell her today, and what would you follow up?</li>"
                                    "</ul>"
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "further-reading-frameworks",
                    "title": "Further reading: the frameworks behind this course",
                    "estimated_minutes": 10,
                    "required": False,
                    "content_note": "",
                    "body": [
                        (
                            "rich_text",
                            (
                                "<p>This optional lesson lists the public documents this course draws on, with a "
                                "line on why each matters to a VSO. You do not need to read them to finish the "
                                "course, but they help when you explain a decision to a colleague, a supervisor or "
                                "a family.</p>"
                                "<h2>Victims' rights</h2>"
                                "<ul>"
                                "<li><strong>UN General Assembly resolution 40/34 (1985)</strong>, the Declaration "
                                "of Basic Principles of Justice for Victims of Crime and Abuse of Power. The "
                                "foundation: who is a victim, and what fair treatment, information, assistance and "
                                "compensation mean. "
                                '<a href="https://www.ohchr.org/en/instruments-mechanisms/instruments/declaration-basic-principles-justice-victims-crime-and-abuse">'
                                "Read it on the OHCHR website</a>.</li>"
                                "<li><strong>UNODC guidance on the criminal justice response to support victims of "
                                "acts of terrorism</strong> (2011, with a good-practice publication in 2015). "
                                "Practical steps for police, prosecutors and courts.</li>"
                                "<li><strong>UN Model Legislative Provisions to support the needs and protect the "
                                "rights of victims of terrorism (2022)</strong>. Sample legal text on definitions, "
                                "assistance, compensation and taking part in proceedings.</li>"
                                "<li><strong>EU Directive 2017/541, article 24</strong>. A short, clear description "
                                "of support that is immediate, confidential, free and easily accessible. "
                                '<a href="https://eur-lex.europa.eu/eli/dir/2017/541/oj">Read it on EUR-Lex</a>.'
                                "</li>"
                                "</ul>"
                                "<h2>Care and wellbeing</h2>"
                                "<ul>"
                                "<li><strong>SAMHSA's concept of trauma and guidance for a trauma-informed approach "
                                "(2014)</strong>. The six principles used in the course on trauma-informed "
                                "practice.</li>"
                                "<li><strong>Psychological first aid: guide for field workers</strong> (WHO, War "
                                "Trauma Foundation and World Vision International, 2011). The prepare, look, "
                                "listen and link approach. "
                                '<a href="https://www.who.int/publications/i/item/9789241548205">Read it on the '
                                "WHO website</a>.</li>"
                                "<li><strong>Vicarious Trauma Toolkit</strong> of the US Office for Victims of "
                                "Crime. Tools for organisations that want to protect their staff. "
                                '<a href="https://ovc.ojp.gov/program/vtt/introduction">Visit the toolkit</a>.</li>'
                                "</ul>"
                                "<h2>Pakistan</h2>"
                                "<ul>"
                                "<li><strong>Punjab Civilian Victims of Terrorism (Relief and Rehabilitation) Act "
                                "2016</strong>, and the acts, rules or policies of the other provinces and "
                                "territories.</li>"
                                "<li><strong>Zakat</strong> and <strong>Pakistan Bait-ul-Maal</strong> programmes "
                                "for people in financial need.</li>"
                                "</ul>"
                                "<p>Laws and policies are amended, and amounts and procedures change. Always check "
                                "the current version with your provincial department before you advise a family.</p>"
                            ),
                        ),
                        (
                            "reflection",
                            {
                                "prompt": (
                                    "Which of these documents would help you most when explaining your work to a new "
                                    "colleague or a sceptical official, and why?"
                                ),
                                "hint": "There is no right answer. Your answer is private.",
                            },
                        ),
                    ],
                },
            ],
        },
        {
            "title": "The VSO in practice",
            "summary": "Linking families to services, and protecting their privacy with the media and with data.",
            "lessons": [
                {
                    "slug": "referral-chain",
                    "title": "The VSO in the referral chain",
                    "estimated_minutes": 15,
                    "required": True,
                    "content_note": "",
                    "body": [
                        (
                            "rich_text",
                            (
                                "<p>No single office can meet every need of a family after an attack. Hospitals "
                                "treat injuries, the police investigate, prosecutors take cases to court, the "
                                "social welfare department and Bait-ul-Maal help with money and rehabilitation, "
                                "and psychologists offer counselling. Families can get lost between these doors. "
                                "The VSO is the <strong>link</strong>: the person who knows the doors, helps open "
                                "them, and checks that the family got through.</p>"
                                "<h2>What the VSO does</h2>"
                                "<ul>"
                                "<li><strong>Finds</strong> affected people early, including those who do not come "
                                "forward.</li>"
                                "<li><strong>Assesses needs</strong> with the person, not for them.</li>"
                                "<li><strong>Refers</strong> to the right service, with consent.</li>"
                                "<li><strong>Follows up</strong> to check that help arrived.</li>"
                                "<li><strong>Records</strong> accurately, so the family does not have to start "
                                "again at each office.</li>"
                                "</ul>"
                                "<h2>What the VSO does not do</h2>"
                                "<p>A VSO is not a therapist, a lawyer or an investigator. You may give "
                                "psychological first aid, but refer on for counselling. You may explain the legal "
                                "process in general terms, but a lawyer or prosecutor gives legal advice. If you are "
                                "also a police officer, be clear which role you are in: a survivor may find it hard "
                                "to say no to someone in uniform.</p>"
                            ),
                        ),
                        (
                            "image",
                            {
                                "key": "referral-chain",
                                "alt": (
                                    "Diagram of the referral chain, from left to right: the survivor and family, then the "
                                    "Victim Support Officer, who connects them to five services: health, police and "
                                    "prosecution, social welfare and Bait-ul-Maal, legal aid, and counselling."
                                ),
                                "caption": (
                                    "The VSO connects the family to each service and follows up, so the family "
                                    "does not have to find its way alone."
                                ),
                            },
                        ),
                        (
                            "rich_text",
                            (
                                "<h2>A warm referral, not a slip of paper</h2>"
                                "<p>A <strong>cold referral</strong> is handing someone an address and hoping. A "
                                "<strong>warm referral</strong> means you explain what the service does, ask whether "
                                "the person wants it, contact the service yourself with their consent, share only "
                                "what is needed, and agree when you will check back. A warm referral takes a few "
                                "minutes more and can save the family days.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "caution",
                                "heading": "Ask before you share",
                                "text": (
                                    "<p>Get the person's consent before you pass their details to another service, "
                                    "and share only what that service needs. Explain who will see the information "
                                    "and why.</p>"
                                ),
                            },
                        ),
                        (
                            "case_study",
                            {
                                "title": "A referral that went nowhere",
                                "scenario": (
                                    "<p>A young man injured in an attack was given the name of a counselling "
                                    "service when he left hospital. Two months later his mother tells you he never "
                                    "went: he did not know where it was, and he thought counselling was only for "
                                    "people who are 'mad'.</p>"
                                ),
                                "questions": (
                                    "<ul>"
                                    "<li>What went wrong with the first referral?</li>"
                                    "<li>How would you make a warm referral now?</li>"
                                    "<li>How could you talk about counselling in a way that feels acceptable to him "
                                    "and his family?</li>"
                                    "</ul>"
                                ),
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": (
                                    "List the services in your district you refer to most. For which of them do "
                                    "you know a named person you can contact?"
                                ),
                                "hint": (
                                    "Gaps in this list show where to build contacts before the next emergency. "
                                    "Your answer is private."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "privacy-media-and-data",
                    "title": "Privacy, media and data",
                    "estimated_minutes": 15,
                    "required": True,
                    "content_note": "",
                    "body": [
                        (
                            "rich_text",
                            (
                                "<p>After an attack, survivors and families often find themselves in public view. "
                                "Journalists arrive at hospitals and homes, photographs spread on social media, and "
                                "many offices collect personal details. Each of these can help, and each can harm. "
                                "Protecting privacy is part of protecting dignity and safety.</p>"
                                "<h2>The media</h2>"
                                "<p>Some families want to speak publicly: to remember a loved one, to call for "
                                "justice, or to ask for help. Others want to be left alone. Both choices deserve "
                                "respect. As a VSO you can:</p>"
                                "<ul>"
                                "<li>Tell families that they do not have to speak to journalists, and that they can "
                                "say no now and yes later, or the other way round.</li>"
                                "<li>Help those who choose to speak to prepare: what they want to say, what they do "
                                "not want to discuss, and whether their face or name may be shown.</li>"
                                "<li>Ask hospital and police colleagues to keep the media away from wards and homes "
                                "unless the person agrees.</li>"
                                "<li>Never give a journalist a victim's name, address, photograph or story "
                                "yourself.</li>"
                                "</ul>"
                                "<p>Children need extra care. A child should not be interviewed or photographed for "
                                "the news without a parent or guardian agreeing, and even then only when it is "
                                "clearly in the child's interest.</p>"
                                "<h2>Data</h2>"
                                "<p>You will record personal details to make referrals and to register families in "
                                "the national victim database. A few simple rules keep those details safe:</p>"
                                "<ul>"
                                "<li><strong>Collect only what is needed</strong> for the purpose you have "
                                "explained.</li>"
                                "<li><strong>Explain why</strong> you are asking, who will see it, and how it will be "
                                "used.</li>"
                                "<li><strong>Keep it secure</strong>: no lists in open group chats, no files on "
                                "shared phones, no papers left on desks.</li>"
                                "<li><strong>Share only with consent</strong>, and only what the receiving service "
                                "needs, unless the law requires otherwise.</li>"
                                "<li><strong>Correct mistakes</strong> when a person tells you something is "
                                "wrong.</li>"
                                "</ul>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "caution",
                                "heading": "Group chats are not secure records",
                                "text": (
                                    "<p>A list of victims or a photo of a form shared in a group chat can expose a "
                                    "family to risk. Use the official system, and share the minimum.</p>"
                                ),
                            },
                        ),
                        (
                            "accordion",
                            {
                                "heading": "Privacy in practice",
                                "items": [
                                    {
                                        "question": "A journalist asks me for the name of an injured girl. What can I say?",
                                        "answer": (
                                            "<p>Say that you cannot share personal details. If the journalist wants "
                                            "to reach the family, offer to pass on a message so that the family can "
                                            "decide.</p>"
                                        ),
                                    },
                                    {
                                        "question": "A relative wants a copy of another family member's file.",
                                        "answer": (
                                            "<p>Check whose file it is and whether they have agreed. Adults control "
                                            "their own information. If you are unsure, ask your supervisor before "
                                            "sharing anything.</p>"
                                        ),
                                    },
                                    {
                                        "question": "A colleague from another department asks for my full list of families.",
                                        "answer": (
                                            "<p>Ask what the list is for. Share only the details needed for that "
                                            "purpose, through an official channel, and in line with what families "
                                            "were told when they gave their information.</p>"
                                        ),
                                    },
                                ],
                            },
                        ),
                        (
                            "case_study",
                            {
                                "title": "A photograph on social media",
                                "scenario": (
                                    "<p>A photograph of an injured woman in a hospital bed is being shared on social "
                                    "media with her name. Her husband is angry and asks you to do something.</p>"
                                ),
                                "questions": (
                                    "<ul>"
                                    "<li>What practical steps could you take or suggest?</li>"
                                    "<li>How would you support the woman and her husband right now?</li>"
                                    "<li>What could your office change so that this happens less often?</li>"
                                    "</ul>"
                                ),
                            },
                        ),
                        (
                            "quiz_link",
                            {
                                "text": (
                                    "You have finished the lessons of Foundations of Victim Support. When you are "
                                    "ready, take the course quiz: it asks what you would do in everyday situations, "
                                    "and you can retake it."
                                ),
                            },
                        ),
                    ],
                },
            ],
        },
    ],
}


# ---------------------------------------------------------------------------
# 2. Trauma-Informed Practice and Psychological First Aid
# ---------------------------------------------------------------------------

TRAUMA_PFA = {
    "slug": "trauma-informed-practice-and-pfa",
    "title": "Trauma-Informed Practice and Psychological First Aid",
    "summary": (
        "How trauma affects people, and how to work in a way that supports recovery and avoids causing "
        "more harm. It teaches psychological first aid step by step: prepare, look, listen and link."
    ),
    "outcomes": [
        "You will be able to apply the six principles of a trauma-informed approach in your daily work.",
        "You will be able to give psychological first aid using prepare, look, listen and link.",
        "You will be able to adapt your support for children, women and people with disabilities.",
        "You will be able to recognise and avoid actions that re-traumatise survivors.",
    ],
    "audience": (
        "Victim Support Officers and other staff who meet survivors and families in the hours, days and "
        "months after an attack."
    ),
    "estimated_minutes": 75,
    "content_note": (
        "This course discusses how people react to frightening events, including children's reactions "
        "and grief. There are no graphic descriptions. You can pause at any time and come back later; "
        "your progress is kept."
    ),
    "prerequisites": [],
    "enrolment": "open",
    "modules": [
        {
            "title": "Working in a trauma-informed way",
            "summary": "What trauma is, the six principles of a trauma-informed approach, and how to avoid causing further harm.",
            "lessons": [
                {
                    "slug": "six-principles",
                    "title": "The six principles of a trauma-informed approach",
                    "estimated_minutes": 15,
                    "required": True,
                    "content_note": "",
                    "body": [
                        (
                            "rich_text",
                            (
                                "<p>Trauma is the lasting effect of an event that a person experiences as "
                                "overwhelming, or as a threat to their life or safety. After an attack, many people "
                                "have strong reactions: trouble sleeping, fear, anger, numbness, or feeling "
                                "constantly on guard. These are <strong>common reactions to an abnormal "
                                "event</strong>, not a sign of weakness or madness. Most people recover with time, "
                                "rest and support from those around them. Some need specialist help.</p>"
                                "<p>A <strong>trauma-informed approach</strong> does not mean treating trauma. It "
                                "means that everyone who meets a survivor, from the guard at the gate to the officer "
                                "who takes the claim, works in a way that supports recovery and does not add harm. "
                                "In 2014 SAMHSA, the US federal agency for mental health services, set out six "
                                "principles that are now widely used. In our own words:</p>"
                                "<ol>"
                                "<li><strong>Safety.</strong> People feel physically and emotionally safe: a private "
                                "place to talk, a calm manner, no surprises.</li>"
                                "<li><strong>Trustworthiness and transparency.</strong> Explain what you are doing and "
                                "why. Keep your promises, and make only promises you can keep.</li>"
                                "<li><strong>Peer support.</strong> People who have lived through similar events can "
                                "offer hope and understanding that professionals cannot. Victims' associations can "
                                "help here.</li>"
                                "<li><strong>Collaboration and mutuality.</strong> Work with the person, not on them. "
                                "They are the expert on their own life.</li>"
                                "<li><strong>Empowerment, voice and choice.</strong> Offer choices wherever you can, "
                                "even small ones: where to sit, whether to continue today, who else is present.</li>"
                                "<li><strong>Cultural, historical and gender issues.</strong> Be aware of language, "
                                "faith, sect, ethnicity, gender and past experiences with the authorities. Offer a "
                                "woman officer where that helps.</li>"
                                "</ol>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "key_point",
                                "heading": "Ask what happened to this person, not what is wrong with them",
                                "text": (
                                    "<p>A trauma-informed approach sees reactions as understandable responses to "
                                    "what happened, and looks for strengths as well as needs.</p>"
                                ),
                            },
                        ),
                        (
                            "accordion",
                            {
                                "heading": "The principles in everyday work",
                                "items": [
                                    {
                                        "question": "Safety: what does it look like in an office?",
                                        "answer": (
                                            "<p>A quiet room or corner, a seat near the door for someone who feels "
                                            "anxious, water offered, no crowd of officials watching, and a clear "
                                            "explanation of how long the meeting will take.</p>"
                                        ),
                                    },
                                    {
                                        "question": "Transparency: what if I do not know the answer?",
                                        "answer": (
                                            "<p>Say so, and say when and how you will find out. Being honest about "
                                            "what you do not know builds more trust than a confident guess that "
                                            "turns out to be wrong.</p>"
                                        ),
                                    },
                                    {
                                        "question": "Choice: what if the procedure leaves no choice?",
                                        "answer": (
                                            "<p>Even fixed procedures leave small choices: the time of an "
                                            "appointment, who comes along, whether to take a break. Offer them.</p>"
                                        ),
                                    },
                                ],
                            },
                        ),
                        (
                            "case_study",
                            {
                                "title": "The registration counter",
                                "scenario": (
                                    "<p>Families of people killed in an attack are asked to register at a busy "
                                    "counter in a police station. They queue in the open, are asked to describe "
                                    "the death in front of others, and are told to come back with more documents "
                                    "without being told which ones.</p>"
                                ),
                                "questions": (
                                    "<ul>"
                                    "<li>Which of the six principles are not being met?</li>"
                                    "<li>Suggest three changes that would cost little or nothing.</li>"
                                    "<li>Who would you need to speak to in order to make these changes?</li>"
                                    "</ul>"
                                ),
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": "Which of the six principles is hardest to practise in your workplace, and why?",
                                "hint": "Think about the space, the procedures and the pressure of time. Your answer is private.",
                            },
                        ),
                    ],
                },
                {
                    "slug": "avoiding-re-traumatisation",
                    "title": "Avoiding re-traumatisation",
                    "estimated_minutes": 15,
                    "required": True,
                    "content_note": (
                        "This lesson describes, in general terms, how survivors can be hurt again by the way "
                        "services treat them, and includes a scenario with a bereaved father. There is no "
                        "graphic detail. You may skip it for now and come back later; your progress is kept."
                    ),
                    "body": [
                        (
                            "rich_text",
                            (
                                "<p><strong>Re-traumatisation</strong> happens when something in the way a person "
                                "is treated brings back the fear, helplessness or shame of the original event. It "
                                "is usually caused by systems and habits rather than bad intentions, and that is "
                                "good news: what is caused by how services work can usually be changed.</p>"
                                "<h2>Common causes</h2>"
                                "<ul>"
                                "<li>Asking a person to <strong>retell what happened</strong> again and again to "
                                "different officials.</li>"
                                "<li>Asking for details that the task in hand does not need.</li>"
                                "<li>Loud, crowded or public places, sudden noises, or uniformed officers standing "
                                "over them.</li>"
                                "<li>Doubt or blame: 'Why were you there?' or 'Why didn't you leave earlier?'</li>"
                                "<li>Broken promises, missed appointments and unexplained delays.</li>"
                                "<li>Showing photographs or videos of the attack without warning.</li>"
                                "<li>Taking away choice: deciding for people, or pressing them to give a statement, "
                                "meet the media or attend a ceremony.</li>"
                                "</ul>"
                                "<h2>What helps</h2>"
                                "<ul>"
                                "<li><strong>Ask only what you need</strong>, and say why you need it.</li>"
                                "<li>Use information already recorded, so the person does not have to repeat "
                                "it.</li>"
                                "<li><strong>Let the person lead</strong>: if they want to talk about what "
                                "happened, listen calmly; if they do not, do not push.</li>"
                                "<li>Warn before anything that may upset them, such as reading documents or "
                                "visiting a site.</li>"
                                "<li>Keep your word, and if something changes, tell them quickly.</li>"
                                "<li>Notice signs of distress, offer a break, and return to something steady: "
                                "water, a seat, a plain explanation of the next step.</li>"
                                "</ul>"
                            ),
                        ),
                        (
                            "content_note",
                            {
                                "text": (
                                    "The case study below involves a bereaved father giving a statement to the "
                                    "police. It contains no graphic detail."
                                ),
                            },
                        ),
                        (
                            "case_study",
                            {
                                "title": "A statement for the file",
                                "scenario": (
                                    "<p>An investigating officer asks you to sit with a bereaved father while he "
                                    "gives a statement. Halfway through, the father stops, stares at the floor and "
                                    "no longer answers. The officer says they must finish today.</p>"
                                ),
                                "questions": (
                                    "<ul>"
                                    "<li>What might the father be experiencing?</li>"
                                    "<li>What could you say or do in the moment?</li>"
                                    "<li>How could you speak to the officer about both the father's needs and the "
                                    "needs of the case?</li>"
                                    "</ul>"
                                ),
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "self_care",
                                "heading": "Look after yourself too",
                                "text": (
                                    "<p>Hearing what survivors have been through can affect you. If a conversation "
                                    "stays with you, talk to your supervisor or a trusted colleague. The course "
                                    "<em>Caring for the Carer</em> covers this in more depth.</p>"
                                ),
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": (
                                    "Think of a routine question you ask survivors. Is it needed? Could it be asked "
                                    "differently, or less often?"
                                ),
                                "hint": (
                                    "For example, checking existing records before asking, or explaining why each "
                                    "question matters. Your answer is private."
                                ),
                            },
                        ),
                    ],
                },
            ],
        },
        {
            "title": "Psychological first aid",
            "summary": "Practical, humane support in the first hours and days, adapted for children, women and people with disabilities.",
            "lessons": [
                {
                    "slug": "prepare-look-listen-link",
                    "title": "Prepare, look, listen, link",
                    "estimated_minutes": 20,
                    "required": True,
                    "content_note": (
                        "This lesson includes a scenario at a hospital soon after an attack, with families "
                        "waiting for news and a child separated from their family. There is no graphic detail. "
                        "You may skip it for now and come back later; your progress is kept."
                    ),
                    "body": [
                        (
                            "rich_text",
                            (
                                "<p><strong>Psychological first aid (PFA)</strong> is humane, practical support for "
                                "people who have recently been through a very distressing event. The approach here "
                                "comes from the guide for field workers published in 2011 by the World Health "
                                "Organization, War Trauma Foundation and World Vision International. PFA is "
                                "<strong>not therapy</strong> and not a debriefing. Anyone trained can give it, and "
                                "nobody is pushed to retell what happened.</p>"
                                "<h2>Prepare</h2>"
                                "<p>Before you go, learn what you can: what happened, who is affected, which "
                                "services are available and where, and what safety concerns there are. Know your "
                                "own role and its limits.</p>"
                                "<h2>Look</h2>"
                                "<ul>"
                                "<li>Check <strong>safety</strong>: is the place safe for the people affected and "
                                "for you?</li>"
                                "<li>Look for people with <strong>urgent basic needs</strong>: injury, medicine, "
                                "water, shelter, a child on their own.</li>"
                                "<li>Look for people in <strong>severe distress</strong>: unable to move or respond, "
                                "very confused, or at risk of harming themselves. They need help first, and may need "
                                "a specialist.</li>"
                                "</ul>"
                                "<h2>Listen</h2>"
                                "<ul>"
                                "<li><strong>Approach</strong> people respectfully, and introduce yourself and your "
                                "role.</li>"
                                "<li><strong>Ask</strong> about their needs and concerns. Do not assume.</li>"
                                "<li><strong>Listen</strong> and help them feel calm: a quiet voice, your full "
                                "attention, no pressure to talk.</li>"
                                "</ul>"
                                "<h2>Link</h2>"
                                "<ul>"
                                "<li>Help people <strong>meet basic needs and reach services</strong>.</li>"
                                "<li>Help them <strong>cope with problems</strong> by recognising their own "
                                "strengths and supports.</li>"
                                "<li>Give <strong>accurate information</strong>, and say when you do not know.</li>"
                                "<li>Help them <strong>connect with loved ones</strong> and social support.</li>"
                                "</ul>"
                            ),
                        ),
                        (
                            "image",
                            {
                                "key": "pfa-steps",
                                "alt": (
                                    "Diagram of the four steps of psychological first aid, in order: Prepare "
                                    "(learn about the situation and services), Look (safety, urgent needs, severe "
                                    "distress), Listen (approach, ask, help people feel calm) and Link (services, "
                                    "information, loved ones)."
                                ),
                                "caption": "The four action steps of psychological first aid, adapted from the WHO field guide (2011).",
                            },
                        ),
                        (
                            "accordion",
                            {
                                "heading": "What PFA is and is not",
                                "items": [
                                    {
                                        "question": "Is PFA the same as counselling?",
                                        "answer": (
                                            "<p>No. PFA is practical support and comfort. If someone needs "
                                            "counselling or treatment, link them to a trained professional.</p>"
                                        ),
                                    },
                                    {
                                        "question": "Should I ask people to describe what happened?",
                                        "answer": (
                                            "<p>No. Let people talk if they want to, and listen. Do not ask for "
                                            "details of the event or push them to share feelings.</p>"
                                        ),
                                    },
                                    {
                                        "question": "What should I avoid saying?",
                                        "answer": (
                                            "<p>Avoid false promises ('everything will be fine'), judgements ('you "
                                            "should be over this by now') and comparisons the person did not invite. "
                                            "Simple words work best: 'I am here to help. What do you need most "
                                            "right now?'</p>"
                                        ),
                                    },
                                    {
                                        "question": "When should I call for specialist help?",
                                        "answer": (
                                            "<p>When someone may harm themselves or others, cannot look after "
                                            "themselves or their children, or is so distressed that they cannot "
                                            "respond. Stay with them and follow your referral route.</p>"
                                        ),
                                    },
                                ],
                            },
                        ),
                        (
                            "resource",
                            {
                                "key": "pfa-pocket-guide",
                                "title": "PFA pocket guide",
                                "description": (
                                    "A one-page printable summary of prepare, look, listen and link, with words "
                                    "to use and things to avoid."
                                ),
                            },
                        ),
                        (
                            "case_study",
                            {
                                "title": "At the hospital gate",
                                "scenario": (
                                    "<p>You arrive at a hospital an hour after an attack. Families are gathered at "
                                    "the gate waiting for news of relatives. An older woman sits alone on the kerb, "
                                    "not speaking. A young man is shouting at a guard. A child stands near the "
                                    "entrance with no adult nearby.</p>"
                                ),
                                "questions": (
                                    "<ul>"
                                    "<li>Using the look step, who do you help first, and why?</li>"
                                    "<li>How would you approach the older woman?</li>"
                                    "<li>What would you link each person to?</li>"
                                    "</ul>"
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "children-women-and-disability",
                    "title": "Children, women and people with disabilities",
                    "estimated_minutes": 15,
                    "required": True,
                    "content_note": (
                        "This lesson discusses how children react after attacks and the situation of bereaved "
                        "women, in general terms and without graphic detail. You may skip it for now and come "
                        "back later; your progress is kept."
                    ),
                    "body": [
                        (
                            "rich_text",
                            (
                                "<p>Psychological first aid and a trauma-informed approach apply to everyone, but "
                                "some people face extra barriers or risks. The principle of <strong>cultural, "
                                "historical and gender issues</strong> asks us to notice these and adapt.</p>"
                                "<h2>Children</h2>"
                                "<p>Children react according to their age. Young children may cling to carers, "
                                "start wetting the bed again, or play out the event. Older children may become "
                                "withdrawn, angry or anxious about school. Adolescents may take risks, or take on "
                                "adult responsibilities too early.</p>"
                                "<ul>"
                                "<li>Keep children with their caregivers wherever possible, and reunite separated "
                                "children through official channels. Never hand a child to someone whose identity "
                                "and relationship you have not checked.</li>"
                                "<li>Talk to children at eye level, in simple words, and tell the truth at a level "
                                "they can understand.</li>"
                                "<li>Support the caregiver: a calm adult is the best protection a child has.</li>"
                                "<li>Involve a child protection officer when a child is alone or at risk.</li>"
                                "</ul>"
                                "<h2>Women</h2>"
                                "<p>A woman may lose a husband who was the main earner and then face pressure from "
                                "relatives over property, children or remarriage. Some cannot easily travel to "
                                "offices alone or speak freely to male officials.</p>"
                                "<ul>"
                                "<li>Offer a woman officer and a private place to talk.</li>"
                                "<li>Speak with the woman herself about her claim and her choices, not only with "
                                "male relatives, and make sure she knows her entitlements.</li>"
                                "<li>Be alert to signs of exploitation or violence at home, and know the referral "
                                "route for it.</li>"
                                "</ul>"
                                "<h2>People with disabilities</h2>"
                                "<p>Some people had a disability before the attack; others have one because of their "
                                "injuries. The barriers are often in the surroundings, not in the person.</p>"
                                "<ul>"
                                "<li>Ask the person what support they need, and speak to them directly, not only to "
                                "a companion.</li>"
                                "<li>Meet on the ground floor, allow more time, use clear language, and offer "
                                "information in writing or read aloud.</li>"
                                "<li>Link to rehabilitation, assistive devices and disability registration if the "
                                "person wants this.</li>"
                                "</ul>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "key_point",
                                "heading": "Ask, do not assume",
                                "text": (
                                    "<p>Every child, woman and person with a disability is different. The simplest "
                                    "adaptation is to ask: 'What would make this easier for you?'</p>"
                                ),
                            },
                        ),
                        (
                            "case_study",
                            {
                                "title": "A mother and her son",
                                "scenario": (
                                    "<p>A mother whose husband died in an attack brings her eight-year-old son to "
                                    "your office. She says he has stopped speaking at school and wakes at night. Her "
                                    "brother-in-law, who does most of the talking, says the boy just needs to be "
                                    "stronger.</p>"
                                ),
                                "questions": (
                                    "<ul>"
                                    "<li>How would you make sure you hear from the mother herself?</li>"
                                    "<li>What would you tell her about her son's reactions?</li>"
                                    "<li>Where could you refer the family, and how would you explain the "
                                    "referral?</li>"
                                    "</ul>"
                                ),
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": (
                                    "What is one change that would help a woman, a child or a wheelchair user reach "
                                    "your service more easily?"
                                ),
                                "hint": (
                                    "Think about the building, who is on duty, and how people first hear about you. "
                                    "Your answer is private."
                                ),
                            },
                        ),
                        (
                            "quiz_link",
                            {
                                "text": (
                                    "You have finished Trauma-Informed Practice and Psychological First Aid. Take "
                                    "the course quiz when you are ready: everyday situations, no time limit, and you "
                                    "can retake it."
                                ),
                            },
                        ),
                    ],
                },
            ],
        },
    ],
}


# ---------------------------------------------------------------------------
# 3. Compensation and Rehabilitation
# ---------------------------------------------------------------------------

COMPENSATION = {
    "slug": "compensation-and-rehabilitation",
    "title": "Compensation and Rehabilitation",
    "summary": (
        "How provincial relief schemes, Zakat and Bait-ul-Maal can help survivors and families rebuild "
        "their lives, and how to help families claim them. It covers documents, time limits and accurate "
        "entry in the national victim database."
    ),
    "outcomes": [
        "You will be able to explain what provincial relief schemes offer and where to check their current rules.",
        "You will be able to help a family prepare a complete claim within the time limit that applies.",
        "You will be able to make suitable referrals to Zakat and Pakistan Bait-ul-Maal programmes.",
        "You will be able to enter a family's details in the national victim database accurately and with consent.",
    ],
    "audience": (
        "Victim Support Officers and welfare staff who help survivors and bereaved families with relief, "
        "compensation and rehabilitation."
    ),
    "estimated_minutes": 70,
    "content_note": (
        "This course refers to death, injury and loss in the practical context of claims. It contains no "
        "graphic descriptions. You can pause at any time, and your progress is kept."
    ),
    "prerequisites": ["foundations-of-victim-support"],
    "enrolment": "open",
    "modules": [
        {
            "title": "Schemes and referrals",
            "summary": "What provincial schemes and need-based welfare programmes offer, and how to refer families to them.",
            "lessons": [
                {
                    "slug": "provincial-schemes",
                    "title": "Provincial relief and rehabilitation schemes",
                    "estimated_minutes": 15,
                    "required": True,
                    "content_note": "",
                    "body": [
                        (
                            "rich_text",
                            (
                                "<p>Compensation cannot undo a loss, but it can help a family stay afloat and "
                                "rebuild. International guidance is clear that the state has a part to play. UN "
                                "resolution 40/34 says that when full compensation is not available from the "
                                "offender, states should try to provide it, especially for people seriously injured "
                                "and for the families and dependants of those who died. The UN Model Legislative "
                                "Provisions (2022) add that state compensation should not depend on the perpetrator "
                                "being identified or convicted.</p>"
                                "<h2>Schemes in Pakistan</h2>"
                                "<p>In Pakistan, relief for civilian victims of terrorism is mainly provided by the "
                                "provinces. Punjab set out its scheme in law in the <strong>Punjab Civilian Victims "
                                "of Terrorism (Relief and Rehabilitation) Act 2016</strong>. Other provinces and "
                                "territories have their own acts, rules or policies. Depending on the scheme, "
                                "support may include:</p>"
                                "<ul>"
                                "<li>a grant to the legal heirs of a person who died;</li>"
                                "<li>a grant for people who were injured, often graded by the seriousness of the "
                                "injury or any lasting disability;</li>"
                                "<li>help with damaged homes, shops or vehicles;</li>"
                                "<li>rehabilitation, such as medical care, education support for children, or help "
                                "with employment.</li>"
                                "</ul>"
                                "<p>Each scheme defines who is eligible, what evidence is needed, which office "
                                "decides, and how long a family has to apply. These details differ between "
                                "provinces, and they are changed by notification from time to time.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "caution",
                                "heading": "Check amounts and deadlines every time",
                                "text": (
                                    "<p>Relief amounts, eligibility rules and time limits change. Do not quote a "
                                    "figure or a deadline from memory or from an old circular. Check the current "
                                    "notification with your provincial department, and tell the family where the "
                                    "information comes from.</p>"
                                ),
                            },
                        ),
                        (
                            "accordion",
                            {
                                "heading": "Questions families often ask",
                                "items": [
                                    {
                                        "question": "How much will we get?",
                                        "answer": (
                                            "<p>Explain which kinds of support may apply, and that the amount is "
                                            "set by the current provincial notification. Check it with the "
                                            "department before giving any figure, and never promise an amount or a "
                                            "payment date.</p>"
                                        ),
                                    },
                                    {
                                        "question": "The attack happened in another province. Where do we apply?",
                                        "answer": (
                                            "<p>It depends on the schemes involved. Contact the department in the "
                                            "province where the attack happened and in the family's home province, "
                                            "and agree who will handle the claim, so the family is not sent back and "
                                            "forth.</p>"
                                        ),
                                    },
                                    {
                                        "question": "Does someone have to be convicted first?",
                                        "answer": (
                                            "<p>Relief schemes do not usually wait for a criminal case, but check "
                                            "the scheme's rules. Under UN principles, being a victim does not depend "
                                            "on a conviction.</p>"
                                        ),
                                    },
                                    {
                                        "question": "We were told to pay someone to speed things up.",
                                        "answer": (
                                            "<p>Applying should cost nothing. Advise the family not to pay, and "
                                            "report the request through your supervisor.</p>"
                                        ),
                                    },
                                ],
                            },
                        ),
                        (
                            "case_study",
                            {
                                "title": "Two claims, one family",
                                "scenario": (
                                    "<p>A man was injured in an attack, and his brother, who ran a small shop, "
                                    "died. Their elderly father asks you whether the family can claim for both "
                                    "sons, and whether the damaged shop counts too.</p>"
                                ),
                                "questions": (
                                    "<ul>"
                                    "<li>What would you need to check in the current scheme before answering?</li>"
                                    "<li>Who in this family might be entitled to support, and of what kind?</li>"
                                    "<li>How would you explain to the father what happens next, without promising "
                                    "an outcome?</li>"
                                    "</ul>"
                                ),
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": (
                                    "Where do you find the current relief notification for your province, and how "
                                    "do you know it is the latest version?"
                                ),
                                "hint": "If you are not sure, note whom you will ask this week. Your answer is private.",
                            },
                        ),
                    ],
                },
                {
                    "slug": "zakat-and-bait-ul-maal",
                    "title": "Zakat and Bait-ul-Maal referrals",
                    "estimated_minutes": 15,
                    "required": True,
                    "content_note": "",
                    "body": [
                        (
                            "rich_text",
                            (
                                "<p>Provincial relief schemes are not the only source of help. Many families "
                                "affected by terrorism were already poor, or became poor after losing an earner. "
                                "Two long-standing welfare systems can help: <strong>Zakat</strong> and "
                                "<strong>Pakistan Bait-ul-Maal</strong>.</p>"
                                "<h2>Zakat</h2>"
                                "<p>Zakat is administered by provincial Zakat and Ushr departments through local "
                                "Zakat committees. Depending on the programme, it can provide a regular subsistence "
                                "allowance, help with education or medical treatment, support for the marriage of "
                                "daughters, or help to rebuild a livelihood. Eligibility depends on need and on the "
                                "religious rules about who may receive Zakat, and the local committee usually "
                                "takes part in the decision.</p>"
                                "<h2>Pakistan Bait-ul-Maal</h2>"
                                "<p>Pakistan Bait-ul-Maal is a federal body that supports people in need, including "
                                "widows, orphans and people with disabilities, regardless of religion. Its programmes "
                                "have included individual financial help, help with medical treatment, and support "
                                "for education and vocational training. Programmes and their rules change, so check "
                                "what is open at the time.</p>"
                                "<h2>Making a good referral</h2>"
                                "<ul>"
                                "<li><strong>Explain the difference</strong>: relief for victims of terrorism is an "
                                "entitlement under a provincial scheme; Zakat and Bait-ul-Maal support is based on "
                                "need and decided by those bodies.</li>"
                                "<li><strong>Do not promise</strong> that an application will succeed.</li>"
                                "<li><strong>Check the documents</strong> each programme asks for, and help the "
                                "family gather them once for all their applications where possible.</li>"
                                "<li><strong>Respect dignity</strong>: some families feel ashamed to ask for welfare. "
                                "Explain that these are public programmes meant for situations like theirs.</li>"
                                "<li><strong>Follow up</strong> with the office and with the family.</li>"
                                "</ul>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "key_point",
                                "heading": "Relief and welfare can go together",
                                "text": (
                                    "<p>A family may be able to receive provincial relief and also apply for "
                                    "need-based support. Check each programme's rules rather than assuming one rules "
                                    "out the other.</p>"
                                ),
                            },
                        ),
                        (
                            "case_study",
                            {
                                "title": "A widow and her daughters' school fees",
                                "scenario": (
                                    "<p>A widow received a relief grant after her husband was killed. A year later "
                                    "the money has gone on rent and debts, and her two daughters may have to leave "
                                    "school because she cannot pay the fees. She tells you she does not want "
                                    "charity.</p>"
                                ),
                                "questions": (
                                    "<ul>"
                                    "<li>Which programmes might help her daughters stay in school?</li>"
                                    "<li>How could you talk about welfare support in a way that respects her "
                                    "dignity?</li>"
                                    "<li>What would you need to follow up, and when?</li>"
                                    "</ul>"
                                ),
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": (
                                    "Do you know whom to contact at the local Zakat committee and at Pakistan "
                                    "Bait-ul-Maal for your district? How would you find out?"
                                ),
                                "hint": "Contacts made before you need them make referrals faster. Your answer is private.",
                            },
                        ),
                    ],
                },
            ],
        },
        {
            "title": "Claims in practice",
            "summary": "Getting documents right, meeting time limits, and keeping accurate records.",
            "lessons": [
                {
                    "slug": "documents-and-deadlines",
                    "title": "Documents and deadlines",
                    "estimated_minutes": 15,
                    "required": True,
                    "content_note": (
                        "This lesson mentions documents such as death certificates and medical reports, in a "
                        "practical way and without graphic detail. You may skip it for now and come back later; "
                        "your progress is kept."
                    ),
                    "body": [
                        (
                            "rich_text",
                            (
                                "<p>Many claims are delayed or refused not because the family is ineligible, but "
                                "because a document is missing or the claim arrives late. A VSO who helps a family "
                                "get the paperwork right early can save them months of worry.</p>"
                                "<h2>Documents often needed</h2>"
                                "<p>Each scheme has its own list, so always work from the current official one. "
                                "Documents that are commonly requested include:</p>"
                                "<ul>"
                                "<li>identity documents for the victim and for the person claiming;</li>"
                                "<li>a police report or official confirmation that the person was a victim of the "
                                "incident;</li>"
                                "<li>a death certificate, or for an injury, a medical report or disability "
                                "assessment;</li>"
                                "<li>proof of family relationship and of who the legal heirs are, such as a family "
                                "registration record or a succession certificate;</li>"
                                "<li>bank account details, often in the claimant's own name;</li>"
                                "<li>evidence of damage to property, where that is claimed.</li>"
                                "</ul>"
                                "<h2>Time limits</h2>"
                                "<p>Schemes usually set a period within which a claim should be made, and some allow "
                                "late claims for good reason. These periods differ and change. <strong>Find out the "
                                "current time limit on the day you first meet a family</strong>, note it in the case "
                                "record, and plan backwards from it.</p>"
                                "<h2>Practical tips</h2>"
                                "<ul>"
                                "<li>Make one checklist per family and tick items off together.</li>"
                                "<li>Explain why each document is needed.</li>"
                                "<li>For hard-to-get documents, such as a succession certificate, link the family to "
                                "legal aid early.</li>"
                                "<li>Keep copies, and give the family a receipt for anything they hand over.</li>"
                                "<li>Do not keep original documents longer than necessary.</li>"
                                "</ul>"
                            ),
                        ),
                        (
                            "resource",
                            {
                                "key": "compensation-checklist",
                                "title": "Compensation claim checklist",
                                "description": (
                                    "A printable checklist for one family's claim: what to confirm with the "
                                    "department, documents to gather, other referrals and follow-up."
                                ),
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "caution",
                                "heading": "Women and legal heirs",
                                "text": (
                                    "<p>Make sure widows and other women heirs know their entitlements, and that "
                                    "payments can go into their own accounts where the scheme allows. Pressure from "
                                    "relatives is common: speak with the woman privately.</p>"
                                ),
                            },
                        ),
                        (
                            "case_study",
                            {
                                "title": "A missing certificate",
                                "scenario": (
                                    "<p>A family's claim for a son who died has been returned because the succession "
                                    "certificate is missing. The mother cannot afford a lawyer, and the father says "
                                    "he will sort it out with a clerk he knows.</p>"
                                ),
                                "questions": (
                                    "<ul>"
                                    "<li>What are the risks in the father's plan?</li>"
                                    "<li>Where could you refer the family for help with the succession "
                                    "certificate?</li>"
                                    "<li>How would you make sure the time limit is not missed while this is "
                                    "resolved?</li>"
                                    "</ul>"
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "accurate-database-entry",
                    "title": "Accurate entry in the national victim database",
                    "estimated_minutes": 15,
                    "required": True,
                    "content_note": "",
                    "body": [
                        (
                            "rich_text",
                            (
                                "<p>Registering survivors and families in the national victim database helps the "
                                "state plan services, track claims and make sure nobody is forgotten. But a database "
                                "is only as good as what goes into it. A misspelt name, a wrong district or a "
                                "duplicate record can delay a payment, send a letter to the wrong house, or leave a "
                                "family off a list for years.</p>"
                                "<h2>Before you enter anything</h2>"
                                "<ul>"
                                "<li><strong>Explain and ask for consent</strong>: what the database is for, who can "
                                "see it, and what the person's rights are.</li>"
                                "<li><strong>Search first</strong> for an existing record, to avoid duplicates. A "
                                "hospital, police station or another VSO may already have registered the "
                                "family.</li>"
                                "<li><strong>Use official documents</strong> for names and dates, and ask the person "
                                "how their name should be spelt in Urdu and in English.</li>"
                                "</ul>"
                                "<h2>While entering</h2>"
                                "<ul>"
                                "<li>Fill in every required field honestly. If something is unknown, record it as "
                                "not known rather than guessing.</li>"
                                "<li>Link the record to the right incident, using the official incident reference "
                                "where there is one.</li>"
                                "<li>Record each person's relationship to the direct victim, and mark "
                                "dependants.</li>"
                                "<li>Record only what is asked for. Do not add opinions or sensitive details the "
                                "database does not need.</li>"
                                "</ul>"
                                "<h2>After entering</h2>"
                                "<ul>"
                                "<li>Read the record back to the person, or show it to them, and correct "
                                "mistakes.</li>"
                                "<li>Tell them how to ask for a correction later.</li>"
                                "<li>Log referrals and follow-up dates, so that another officer could pick up the "
                                "case if you are away.</li>"
                                "</ul>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "key_point",
                                "heading": "Accurate data is a form of respect",
                                "text": (
                                    "<p>A correctly spelt name and a complete record tell the family that they "
                                    "matter, and they prevent delays that add to their distress.</p>"
                                ),
                            },
                        ),
                        (
                            "accordion",
                            {
                                "heading": "Tricky data situations",
                                "items": [
                                    {
                                        "question": "The person's name is spelt differently on two documents.",
                                        "answer": (
                                            "<p>Use the spelling on the main identity document, note the variant "
                                            "where the system allows, and tell the family the other document may "
                                            "need correcting before a claim.</p>"
                                        ),
                                    },
                                    {
                                        "question": "I have found two records for the same person.",
                                        "answer": (
                                            "<p>Do not delete either one yourself unless you are authorised to. "
                                            "Report the duplicate through the system's procedure so that the records "
                                            "can be merged safely.</p>"
                                        ),
                                    },
                                    {
                                        "question": "A survivor does not want to be registered.",
                                        "answer": (
                                            "<p>Respect the decision, explain what they may miss, and tell them they "
                                            "can register later. Ask whether they still want other support.</p>"
                                        ),
                                    },
                                ],
                            },
                        ),
                        (
                            "case_study",
                            {
                                "title": "The wrong district",
                                "scenario": (
                                    "<p>A family has heard nothing about their claim for eight months. You check the "
                                    "database and find that their record shows the wrong district, so their file "
                                    "went to an office that does not know them.</p>"
                                ),
                                "questions": (
                                    "<ul>"
                                    "<li>What steps would you take to correct the record and move the claim "
                                    "forward?</li>"
                                    "<li>What would you tell the family?</li>"
                                    "<li>What checks could prevent this kind of error?</li>"
                                    "</ul>"
                                ),
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": "What is one habit you could adopt to make your database entries more accurate?",
                                "hint": "For example, searching before creating a record, or reading it back. Your answer is private.",
                            },
                        ),
                        (
                            "quiz_link",
                            {
                                "text": (
                                    "You have finished Compensation and Rehabilitation. Take the course quiz when "
                                    "you are ready: it asks how you would handle realistic claims and referrals, and "
                                    "you can retake it."
                                ),
                            },
                        ),
                    ],
                },
            ],
        },
    ],
}


# ---------------------------------------------------------------------------
# 4. Caring for the Carer
# ---------------------------------------------------------------------------

CARER = {
    "slug": "caring-for-the-carer",
    "title": "Caring for the Carer",
    "summary": (
        "Supporting survivors can affect the people who do it. This course explains vicarious trauma and "
        "helps you build a personal self-care plan and make good use of supervision and peer support."
    ),
    "outcomes": [
        "You will be able to describe vicarious trauma and recognise its signs in yourself and colleagues.",
        "You will be able to write a practical personal self-care plan.",
        "You will be able to use supervision and peer support to stay well and work safely.",
    ],
    "audience": (
        "Victim Support Officers, their supervisors, and anyone whose work brings them close to survivors' experiences."
    ),
    "estimated_minutes": 70,
    "content_note": (
        "This course asks you to reflect on how the work affects you. That can bring up difficult memories, "
        "especially if you have lived through or responded to an attack yourself. Go at your own pace; you "
        "can pause or leave at any time, and your progress is kept."
    ),
    "prerequisites": [],
    "enrolment": "key",
    "enrolment_key": "CARE2025",
    "modules": [
        {
            "title": "Understanding vicarious trauma",
            "summary": "How this work can affect helpers, and how to notice the signs early.",
            "lessons": [
                {
                    "slug": "what-is-vicarious-trauma",
                    "title": "What vicarious trauma is",
                    "estimated_minutes": 15,
                    "required": True,
                    "content_note": (
                        "This lesson talks about how hearing survivors' experiences can affect helpers, and it "
                        "may bring up memories of your own. There is no graphic detail. You may skip it for now "
                        "and come back later; your progress is kept."
                    ),
                    "body": [
                        (
                            "rich_text",
                            (
                                "<p>Listening to people describe loss and fear, day after day, changes you. "
                                "Sometimes the change is positive: many helpers feel pride, purpose and a deeper "
                                "sense of what matters. But repeated exposure to other people's trauma can also "
                                "cause harm. This is called <strong>vicarious trauma</strong>.</p>"
                                "<p>The <strong>Vicarious Trauma Toolkit</strong> of the US Office for Victims of "
                                "Crime treats vicarious trauma as an <strong>occupational challenge</strong>: an "
                                "expected result of this kind of work, not a sign that someone is weak or unsuited "
                                "to it. Just as a police officer wears protective equipment, a VSO needs ways to "
                                "protect their mind and heart.</p>"
                                "<h2>Related ideas</h2>"
                                "<ul>"
                                "<li><strong>Vicarious trauma</strong>: a gradual shift in how you see the world, "
                                "yourself and others, for example feeling that nowhere is safe or that people cannot "
                                "be trusted.</li>"
                                "<li><strong>Secondary traumatic stress</strong>: reactions like those of trauma, "
                                "such as unwanted images or feeling constantly on edge, after hearing about others' "
                                "experiences.</li>"
                                "<li><strong>Burnout</strong>: exhaustion and cynicism caused by workload and "
                                "working conditions, not necessarily by trauma.</li>"
                                "<li><strong>Compassion satisfaction</strong>: the good feeling of doing meaningful "
                                "work well. It helps protect against the others.</li>"
                                "</ul>"
                                "<h2>Why VSOs are at risk</h2>"
                                "<p>Many VSOs live in the communities affected, may know victims personally, and "
                                "some have been present at attacks or lost people they love. Workloads can be heavy, "
                                "and there may be a culture of staying strong and not talking about feelings. All of "
                                "these raise the risk. None of them is your fault, and all of them can be "
                                "addressed.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "self_care",
                                "heading": "If this lesson brings up something difficult",
                                "text": (
                                    "<p>Pause, breathe slowly, and do something steadying: a glass of water, a short "
                                    "walk, a conversation with someone you trust. You can come back later. If the "
                                    "distress stays with you, speak to your supervisor or use the support resources "
                                    "in the help menu.</p>"
                                ),
                            },
                        ),
                        (
                            "accordion",
                            {
                                "heading": "Common questions",
                                "items": [
                                    {
                                        "question": "Does feeling affected mean I am not suited to this work?",
                                        "answer": (
                                            "<p>No. Being affected shows that you care. What matters is noticing it "
                                            "and acting early, with support.</p>"
                                        ),
                                    },
                                    {
                                        "question": "I have lived through an attack myself. Should I do this work?",
                                        "answer": (
                                            "<p>Many people with personal experience are excellent VSOs. It is wise "
                                            "to discuss it with your supervisor, to watch for cases that come close "
                                            "to your own experience, and to make sure you have support.</p>"
                                        ),
                                    },
                                    {
                                        "question": "Is vicarious trauma the same as burnout?",
                                        "answer": (
                                            "<p>They often appear together but are different. Burnout comes mainly "
                                            "from workload and conditions; vicarious trauma comes from exposure to "
                                            "other people's trauma. Both deserve attention.</p>"
                                        ),
                                    },
                                ],
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": "What first drew you to this work, and what still gives you a sense of meaning in it?",
                                "hint": "Noticing what sustains you is the first step in protecting it. Your answer is private.",
                            },
                        ),
                    ],
                },
                {
                    "slug": "noticing-the-signs",
                    "title": "Noticing the signs in yourself and your team",
                    "estimated_minutes": 15,
                    "required": True,
                    "content_note": "",
                    "body": [
                        (
                            "rich_text",
                            (
                                "<p>Vicarious trauma usually builds slowly, so it is easy to miss. Colleagues, "
                                "family and friends may notice changes before you do. Knowing the signs helps you "
                                "act early, for yourself and for others.</p>"
                                "<h2>Signs to watch for</h2>"
                                "<ul>"
                                "<li><strong>Body</strong>: tiredness that rest does not fix, headaches, stomach "
                                "trouble, poor sleep, falling ill often.</li>"
                                "<li><strong>Feelings</strong>: irritability, sadness, numbness, feeling "
                                "overwhelmed, or losing interest in things you used to enjoy.</li>"
                                "<li><strong>Thoughts</strong>: stories from cases coming back when you do not want "
                                "them, feeling that the world is unsafe, cynicism, or believing that only you can "
                                "help.</li>"
                                "<li><strong>Behaviour</strong>: withdrawing from family and friends, working longer "
                                "and longer hours, avoiding certain cases, relying more on tobacco or medicines to "
                                "cope.</li>"
                                "<li><strong>Work</strong>: lateness, mistakes, difficulty making decisions, "
                                "conflict with colleagues, or losing patience with survivors.</li>"
                                "</ul>"
                                "<p>One or two of these on a hard day is normal. A pattern over weeks is a signal "
                                "to act.</p>"
                                "<h2>Noticing in others</h2>"
                                "<p>If you see signs in a colleague, choose a private moment and speak with care: "
                                "'You seem tired lately. How are you doing?' Listen without judging, share what "
                                "helps you, and encourage them to talk to a supervisor or use the support available. "
                                "Do not diagnose them, and do not discuss them with others behind their back.</p>"
                                "<h2>What organisations can do</h2>"
                                "<p>The OVC toolkit stresses that vicarious trauma is not only an individual matter. "
                                "Organisations reduce it by managing caseloads, sharing out the hardest duties, "
                                "offering regular supervision, training staff, and making it normal to talk about "
                                "the effects of the work. Supervisors can ask about wellbeing as a routine part of "
                                "case review.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "key_point",
                                "heading": "Early signs are easier to address",
                                "text": (
                                    "<p>Small changes, such as a regular break or a talk with a colleague, work best "
                                    "when they are made early. Do not wait until you are exhausted.</p>"
                                ),
                            },
                        ),
                        (
                            "case_study",
                            {
                                "title": "A colleague who never stops",
                                "scenario": (
                                    "<p>Your colleague Sadia has worked with many bereaved families this year. She "
                                    "now stays late every day, snaps at visitors, and says there is no point taking "
                                    "leave because no one else will do the job properly.</p>"
                                ),
                                "questions": (
                                    "<ul>"
                                    "<li>Which signs of vicarious trauma or burnout do you notice?</li>"
                                    "<li>How could you raise your concern with her?</li>"
                                    "<li>What could your supervisor or office do to help?</li>"
                                    "</ul>"
                                ),
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": "Looking at the signs above, which have you noticed in yourself in the past month?",
                                "hint": "Be honest, and kind to yourself. Your answer is private.",
                            },
                        ),
                    ],
                },
            ],
        },
        {
            "title": "Staying well in the work",
            "summary": "A personal self-care plan, and the support of supervisors and peers.",
            "lessons": [
                {
                    "slug": "building-a-self-care-plan",
                    "title": "Building your self-care plan",
                    "estimated_minutes": 15,
                    "required": True,
                    "content_note": "",
                    "body": [
                        (
                            "rich_text",
                            (
                                "<p>Self-care is not a luxury or a reward for when the work is done. It is part of "
                                "doing the work safely and well, just as a driver rests on a long journey. A "
                                "<strong>self-care plan</strong> turns good intentions into concrete steps you can "
                                "actually take, even in your busiest weeks.</p>"
                                "<h2>Six areas of self-care</h2>"
                                "<ul>"
                                "<li><strong>Body</strong>: sleep, food, water, movement, and seeing a doctor when "
                                "you are unwell.</li>"
                                "<li><strong>Mind</strong>: breaks during the day, limits on news and social media "
                                "after an attack, and activities that absorb you.</li>"
                                "<li><strong>Feelings</strong>: noticing how you feel, talking to someone you trust, "
                                "and allowing yourself to grieve.</li>"
                                "<li><strong>Relationships</strong>: time with family and friends that is not about "
                                "work.</li>"
                                "<li><strong>Spirit and meaning</strong>: prayer, faith, nature, or whatever gives you "
                                "a sense of purpose and peace.</li>"
                                "<li><strong>Work</strong>: a realistic workload, clear boundaries, regular "
                                "supervision, and taking your leave.</li>"
                                "</ul>"
                            ),
                        ),
                        (
                            "image",
                            {
                                "key": "self-care-wheel",
                                "alt": (
                                    "A self-care wheel divided into six segments around the person at the centre: "
                                    "body, mind, feelings, relationships, spirit and meaning, and work."
                                ),
                                "caption": "Balance across all six areas matters more than doing a great deal in one.",
                            },
                        ),
                        (
                            "rich_text",
                            (
                                "<h2>Making it practical</h2>"
                                "<ol>"
                                "<li>Pick one or two small actions in each area that you can realistically do. "
                                "'Walk for fifteen minutes after work, three days a week' is better than 'exercise "
                                "more'.</li>"
                                "<li>Write down your <strong>warning signs</strong>: the changes that tell you that "
                                "you are under strain.</li>"
                                "<li>Write down what you will do when you notice them, and whom you will talk "
                                "to.</li>"
                                "<li>Add a <strong>transition ritual</strong> between work and home, such as washing "
                                "your face, changing your clothes or a short prayer, to mark the end of the working "
                                "day.</li>"
                                "<li>Review the plan every few months, and after any major incident.</li>"
                                "</ol>"
                            ),
                        ),
                        (
                            "resource",
                            {
                                "key": "self-care-plan",
                                "title": "My self-care plan",
                                "description": (
                                    "A printable one-page template for your own plan: actions in each area, your "
                                    "warning signs, and the people you can talk to."
                                ),
                            },
                        ),
                        (
                            "case_study",
                            {
                                "title": "A plan that stayed in a drawer",
                                "scenario": (
                                    "<p>Imran wrote a self-care plan at a workshop last year. Since then there have "
                                    "been two attacks in his district, and the plan has stayed in a drawer. He "
                                    "sleeps badly, has not taken leave, and says he will start looking after himself "
                                    "when things are calmer.</p>"
                                ),
                                "questions": (
                                    "<ul>"
                                    "<li>Why might Imran's plan not have worked in practice?</li>"
                                    "<li>What one or two actions could he realistically start this week?</li>"
                                    "<li>Who could help him keep to them?</li>"
                                    "</ul>"
                                ),
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "self_care",
                                "heading": "Start small",
                                "text": (
                                    "<p>Choose one action from your plan to begin this week. Small, steady steps last "
                                    "longer than big promises.</p>"
                                ),
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": "Write one action you will take this week for your body, and one for your relationships.",
                                "hint": "Make them specific and realistic: what, when and how often. Your answer is private.",
                            },
                        ),
                    ],
                },
                {
                    "slug": "supervision-and-peer-support",
                    "title": "Supervision and peer support",
                    "estimated_minutes": 15,
                    "required": True,
                    "content_note": "",
                    "body": [
                        (
                            "rich_text",
                            (
                                "<p>Nobody should carry this work alone. Two of the strongest protections against "
                                "vicarious trauma are good <strong>supervision</strong> and <strong>peer "
                                "support</strong>. They protect survivors too, because a supported officer makes "
                                "better decisions. Peer support is one of SAMHSA's six principles for working with "
                                "survivors; it matters just as much for the people who help them.</p>"
                                "<h2>Supervision</h2>"
                                "<p>Supervision is regular, protected time with an experienced colleague or manager "
                                "to talk about your cases and how they are affecting you. Good supervision:</p>"
                                "<ul>"
                                "<li>happens on a schedule, not only when something goes wrong;</li>"
                                "<li>covers both case decisions and your wellbeing;</li>"
                                "<li>is confidential within agreed limits, and safe: you can say 'I am struggling' "
                                "without being seen as weak;</li>"
                                "<li>helps you plan next steps and know when to refer a case on.</li>"
                                "</ul>"
                                "<p>If your office has no supervision arrangement, ask for one. Even half an hour a "
                                "month with a senior colleague makes a difference. Psychologists working with your "
                                "programme may be able to offer group supervision.</p>"
                                "<h2>Peer support</h2>"
                                "<p>Peers understand the work in a way others may not. Peer support can be informal, "
                                "such as a colleague checking in after a hard visit, or organised, such as a regular "
                                "meeting of VSOs in a district.</p>"
                                "<ul>"
                                "<li>Check in with each other after difficult cases and major incidents.</li>"
                                "<li>Share practical tips and contacts, not only feelings.</li>"
                                "<li>Keep case details confidential, even among peers: talk about how a case affected "
                                "you rather than retelling a survivor's story.</li>"
                                "<li>Notice when a peer needs more than you can give, and help them reach "
                                "professional support.</li>"
                                "</ul>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "key_point",
                                "heading": "Asking for support is professional",
                                "text": (
                                    "<p>Using supervision and peer support is the mark of a responsible officer, not "
                                    "a weak one. It protects you and the people you serve.</p>"
                                ),
                            },
                        ),
                        (
                            "accordion",
                            {
                                "heading": "Getting started",
                                "items": [
                                    {
                                        "question": "My supervisor only asks about numbers.",
                                        "answer": (
                                            "<p>Ask for a few minutes in each meeting to discuss difficult cases. "
                                            "Explain that this is recommended practice and improves the quality of "
                                            "the work.</p>"
                                        ),
                                    },
                                    {
                                        "question": "There are no other VSOs in my district.",
                                        "answer": (
                                            "<p>Connect with VSOs in neighbouring districts, or with your training "
                                            "cohort, through an agreed and secure channel. A regular call can be as "
                                            "useful as a meeting.</p>"
                                        ),
                                    },
                                    {
                                        "question": "I am worried that what I say will be used against me.",
                                        "answer": (
                                            "<p>Agree the limits of confidentiality at the start. If you cannot "
                                            "speak safely to your line manager, ask whether a psychologist or a "
                                            "senior officer outside your line can supervise you.</p>"
                                        ),
                                    },
                                ],
                            },
                        ),
                        (
                            "case_study",
                            {
                                "title": "After a major incident",
                                "scenario": (
                                    "<p>After a large attack in your district, your team of five VSOs has worked "
                                    "long days for two weeks. Everyone is tired, and one colleague has stopped "
                                    "coming to the office. Your supervisor asks you to suggest how the team can "
                                    "support each other.</p>"
                                ),
                                "questions": (
                                    "<ul>"
                                    "<li>What would you suggest for the coming week?</li>"
                                    "<li>How would you reach out to the colleague who has stopped coming in?</li>"
                                    "<li>What should change in the team's routine for the longer term?</li>"
                                    "</ul>"
                                ),
                            },
                        ),
                        (
                            "quiz_link",
                            {
                                "text": (
                                    "You have finished Caring for the Carer. Take the course quiz when you are "
                                    "ready: it is about everyday situations, not personal questions, and you can "
                                    "retake it."
                                ),
                            },
                        ),
                    ],
                },
            ],
        },
    ],
}


COURSES: list[dict] = [FOUNDATIONS, TRAUMA_PFA, COMPENSATION, CARER]


# ---------------------------------------------------------------------------
# Printable resources (the loader renders each as a one-page PDF)
# ---------------------------------------------------------------------------

RESOURCES: dict[str, dict] = {
    "pfa-pocket-guide": {
        "title": "Psychological first aid: pocket guide",
        "html": (
            "<h1>Psychological first aid: pocket guide</h1>"
            "<p>Humane, practical support for people after a very distressing event. It is not therapy, and "
            "nobody is pushed to talk about what happened. Adapted from the WHO guide for field workers "
            "(2011).</p>"
            "<p><strong>Prepare</strong></p>"
            "<ul>"
            "<li>Learn what happened and who is affected.</li>"
            "<li>Know which services are available and how to reach them.</li>"
            "<li>Check safety, and know your own role and limits.</li>"
            "</ul>"
            "<p><strong>Look</strong></p>"
            "<ul>"
            "<li>Safety: is the place safe for them and for you?</li>"
            "<li>Urgent basic needs: injury, medicine, water, shelter, children on their own.</li>"
            "<li>Severe distress: people who cannot move, respond or look after themselves.</li>"
            "</ul>"
            "<p><strong>Listen</strong></p>"
            "<ul>"
            "<li>Approach respectfully and introduce yourself and your role.</li>"
            "<li>Ask about needs and concerns. Do not assume.</li>"
            "<li>Listen calmly and help the person feel calm. Never press for details.</li>"
            "</ul>"
            "<p><strong>Link</strong></p>"
            "<ul>"
            "<li>Basic needs and services, with a warm referral.</li>"
            "<li>Accurate information, and honesty about what you do not know.</li>"
            "<li>Loved ones and social support.</li>"
            "</ul>"
            "<p><strong>Helpful words</strong></p>"
            "<ul>"
            "<li>I am here to help. What do you need most right now?</li>"
            "<li>You do not have to talk about what happened.</li>"
            "<li>I do not know yet, but I will find out and tell you.</li>"
            "</ul>"
            "<p><strong>Avoid</strong>: pushing people to tell their story, false promises, judging their "
            "reactions, sharing their details without consent.</p>"
            "<p><strong>Get specialist help</strong> if someone may harm themselves or others, cannot care for "
            "themselves or their children, or cannot respond. Stay with them and follow your referral route.</p>"
        ),
    },
    "compensation-checklist": {
        "title": "Compensation claim checklist",
        "html": (
            "<h1>Compensation claim checklist</h1>"
            "<p>Use one checklist per family. Scheme rules, amounts and time limits change: confirm them with "
            "the provincial department every time, and note where the information came from.</p>"
            "<p><strong>Confirm with the department</strong></p>"
            "<ul>"
            "<li>Which scheme applies, and the date of the current notification</li>"
            "<li>Which family members are eligible, and for what kind of support</li>"
            "<li>The current time limit for this claim, and whether late claims are accepted</li>"
            "<li>Which office receives the claim, and the name of the contact person</li>"
            "</ul>"
            "<p><strong>Documents (work from the current official list)</strong></p>"
            "<ul>"
            "<li>Identity documents of the victim and the claimant</li>"
            "<li>Police report or official confirmation of the incident</li>"
            "<li>Death certificate, or medical report or disability assessment</li>"
            "<li>Proof of relationship and legal heirs, such as a succession certificate</li>"
            "<li>Bank account in the claimant's own name</li>"
            "<li>Evidence of damage to property, if claimed</li>"
            "</ul>"
            "<p><strong>Other referrals to consider</strong></p>"
            "<ul>"
            "<li>Local Zakat committee</li>"
            "<li>Pakistan Bait-ul-Maal</li>"
            "<li>Legal aid, for example for a succession certificate</li>"
            "<li>Counselling, medical rehabilitation and education support</li>"
            "</ul>"
            "<p><strong>Record and follow up</strong></p>"
            "<ul>"
            "<li>Consent explained and recorded</li>"
            "<li>Database record searched, entered and read back to the family</li>"
            "<li>Copies kept, originals returned, receipt given</li>"
            "<li>Next follow-up date agreed with the family</li>"
            "</ul>"
        ),
    },
    "self-care-plan": {
        "title": "My self-care plan",
        "html": (
            "<h1>My self-care plan</h1>"
            "<p>Fill this in for yourself. Keep it somewhere you will see it, and review it every few months "
            "and after any major incident.</p>"
            "<p><strong>One or two small actions in each area</strong></p>"
            "<ul>"
            "<li>Body:</li>"
            "<li>Mind:</li>"
            "<li>Feelings:</li>"
            "<li>Relationships:</li>"
            "<li>Spirit and meaning:</li>"
            "<li>Work:</li>"
            "</ul>"
            "<p><strong>My warning signs</strong> (the changes that tell me I am under strain)</p>"
            "<ol>"
            "<li>______________________________</li>"
            "<li>______________________________</li>"
            "<li>______________________________</li>"
            "</ol>"
            "<p><strong>When I notice them, I will</strong></p>"
            "<ol>"
            "<li>______________________________</li>"
            "<li>______________________________</li>"
            "</ol>"
            "<p><strong>People I can talk to</strong></p>"
            "<ul>"
            "<li>My supervisor:</li>"
            "<li>A colleague or peer:</li>"
            "<li>Family or a friend:</li>"
            "</ul>"
            "<p><strong>My end-of-day ritual</strong> (something that marks the end of work):</p>"
            "<p><strong>Date written, and date to review</strong>:</p>"
        ),
    },
}


# ---------------------------------------------------------------------------
# Demo cohort
# ---------------------------------------------------------------------------

COHORT = {
    "name": "Islamabad workshop, February 2025",
    "course": "trauma-informed-practice-and-pfa",
    "province": "PK-IS",
    "starts_on": "2025-02-10",
    "ends_on": "2025-02-14",
    "enrolment_key": "ISB-FEB-2025",
}

// Demo content for Practice Bank. Every example below is FICTIONAL: the schemes, operation names,
// figures and quotations were invented for this project to show how the service works. They do
// not describe real practice by the forces named, and no real person is named.
import type { DemoPractice } from './demo-practice.js'

export const demoPractices: DemoPractice[] = [
  {
    title: 'Victim panel that rewrote domestic abuse callback scripts',
    organisation: 'northumbria',
    summary:
      'A panel of eleven people who had reported domestic abuse worked with the force control room for six months to rewrite the scripts that call handlers use when phoning victims back after a first report. Panel members listened to anonymised recordings, marked the moments where they would have hung up and drafted new wording themselves. The revised scripts went live across the force in 2021. Completed callbacks rose, and more victims accepted a referral to specialist support. The panel still meets every quarter to review a sample of calls.',
    problem:
      "Around a third of domestic abuse callbacks from the control room ended without the victim agreeing to anything: no safety plan, no referral and sometimes no confirmation that they were safe. Call handlers followed a script built around the risk assessment questions, read in the same order every time. Victims who later spoke to independent domestic violence advisers described the calls as cold and rushed, 'like being interviewed by a form'. Some had not realised the caller was from the police until halfway through, and several had put the phone down because the abuser was in the room and there was no easy way to say so.",
    aims: 'To make callbacks feel safe and worthwhile for victims, so that more of them stay on the line, answer the questions needed to assess risk and accept support. We also wanted to give victims a simple way to signal that they could not talk, and to make sure call handlers understood why the wording mattered rather than simply being handed a new script. A secondary aim was to build a standing group of people with lived experience whom the force could consult on other changes.',
    approach:
      "A local specialist domestic abuse charity recruited the panel from its own service users and paid each member £25 an hour, with childcare and travel covered. Meetings were held at the charity's offices, never in a police building. Members listened to twenty anonymised callbacks, annotated the transcripts and then drafted replacement wording with two control room supervisors. The main changes were: the caller gives their name and the reason for the call in the first sentence; the first question is 'Is it safe for you to talk right now?', with a coded yes or no route if it is not; each block of risk questions starts with a one-line explanation of why it is asked; and every call ends by telling the victim what will happen next and when. Every call handler attended a two-hour session co-delivered by a panel member.",
    targetGroups: ['victims', 'police-officers-and-staff'],
    partnerSectors: ['voluntary-and-charity', 'local-authority'],
    partners:
      'A local specialist domestic abuse charity; the independent domestic violence adviser service commissioned by the local authority; the force control room',
    startDate: '2020-09-01',
    endDate: null,
    resources:
      "About £9,000 in the first year for panel payments, expenses and the charity's coordination time, paid from the force's victim services budget. Two control room supervisors gave roughly a day a week each for six months. Training used existing protected learning time, so there was no backfill cost.",
    implementationChallenges:
      'Some call handlers felt the panel was criticising them personally, and the first joint sessions were tense. Recruiting men and people from minority ethnic communities took longer than expected, so the first panel was not representative. The coded "can\'t talk" route needed a change to the command and control system, which took four months to get through the IT change board.',
    lessonsLearned:
      'Let people with lived experience hear real calls: their comments on specific moments were far more useful than general feedback. Pay people properly and meet on neutral ground. Involve supervisors from the start so the control room owns the new wording rather than having it imposed. Plan for the panel to continue, because a one-off consultation would have lost the relationships that made it work.',
    evaluationMethod:
      "The force's performance team compared 600 callbacks from the three months before the change with 600 from the same three months a year later. For each call they recorded whether it was completed, whether the risk assessment was finished and whether a referral was accepted. The panel also reviewed a random sample of 40 new calls against its own checklist.",
    evaluationResults:
      'Completed callbacks rose from 66% to 81%, finished risk assessments from 58% to 74%, and referrals accepted during the callback from 29% to 44%. The coded "can\'t talk" route was used in 37 calls in the comparison period. This was a simple before-and-after comparison with no control group, and a new out-of-hours support line opened in the same year, which may explain part of the rise in referrals.',
    stage: 'evaluated-locally',
    outcome: 'worked',
    purposes: ['organisational', 'prevention'],
    topics: ['domestic-abuse', 'voice-of-the-victim', 'victims-and-witnesses'],
    recognition: [],
    scale: 'force-wide',
    visibility: 'public',
    submittedAt: '2022-05-16',
    voiceOfTheVictim: {
      howVictimsShapedIt:
        "Victims did not just comment on a draft. They heard real calls, pinpointed where things went wrong and wrote most of the new wording. The 'Is it safe to talk?' opening and the coded reply came from two panel members who had each hung up on a police call while their partner was listening. Panel members also co-deliver the training, so call handlers hear the reasons in a victim's own words.",
      rights: ['understand-and-be-understood', 'information-when-reporting', 'referral-to-support'],
      beyondTheCode:
        "The Code says victims must be given information and referred to support; it does not say how a phone call should feel. The panel changed the order and tone of the whole conversation, gave victims a safe way to end a call without raising suspicion, and made 'what happens next' a fixed part of every call. The force now consults the panel before changing any process that victims see.",
    },
  },
  {
    title: "Stalking victims' advisory group shaping case updates",
    organisation: 'south-wales',
    summary:
      'Nine people who had been stalked formed an advisory group that redesigned how officers keep stalking victims informed during an investigation. They asked for fewer but more predictable updates, one named contact instead of whoever was on shift, and a written log of every breach they reported. The force introduced a fortnightly update promise and a shared breach log for all stalking cases with a named suspect. Early feedback from victims is better and complaints have fallen, though officers say the log adds to their workload.',
    problem:
      'Stalking victims told us the investigation often felt like a second source of anxiety. Updates came at random times from different officers, sometimes late at night, and each new officer asked them to repeat the history. Many victims report dozens of separate incidents, and several said they had stopped reporting breaches because they could not tell whether earlier ones had been recorded or linked. In a review of 50 closed stalking cases, 19 victims had made a complaint or expressed dissatisfaction about communication, and in 11 cases breaches had been recorded as separate harassment or malicious communications incidents instead of being linked to the stalking investigation.',
    aims: 'To give stalking victims a predictable, consistent line of communication with the investigation, so they know who is dealing with their case, when they will next hear and that every breach they report has been logged and linked. We wanted to reduce the number of victims who stop reporting and to improve the quality of the evidence available for a stalking protection order or a charge. We also wanted victims, not officers, to set the standard for what a good update looks like.',
    approach:
      'The group was set up with the help of a national stalking charity and met six times over eight months, mostly online. Members reviewed anonymised update letters, text messages and call notes, and agreed a short list of what mattered most. From this the force introduced three changes. First, every stalking case with a named suspect has a named officer and a named deputy, both recorded on the crime report and given to the victim. Second, victims receive an update at least every fourteen days, at a time they choose, by the method they choose, even when there is no news. Third, a shared breach log is opened on the crime record, and the victim receives a reference number for each breach they report, so they can see that it has been linked.',
    targetGroups: ['victims', 'police-officers-and-staff'],
    partnerSectors: ['voluntary-and-charity'],
    partners: 'A national stalking advocacy charity; local independent stalking advocacy caseworkers',
    startDate: '2021-02-01',
    endDate: null,
    resources:
      "No new posts. The charity's time was funded through an existing grant, and the force paid £3,200 in expenses and vouchers for group members. A detective sergeant in the public protection unit led the work for about two days a month, and the records management change was made by the force's own systems team.",
    implementationChallenges:
      'Officers on response and neighbourhood teams often hold stalking cases for only a short time before they are passed on, so keeping a named contact was hard when the case moved. Shift patterns made the fortnightly promise difficult for some teams, and the deputy arrangement was not always kept up to date when officers moved posts. Some victims wanted daily contact, which the force could not offer.',
    lessonsLearned:
      "Victims were realistic about what police could do: they valued predictability over frequency. A short 'no news' update was appreciated far more than officers expected. The breach log only works if supervisors check it, so we added it to the monthly public protection audit. Tell victims honestly what cannot be promised, such as contact outside working hours.",
    evaluationMethod:
      'We compared satisfaction survey results for stalking victims over six months before and six months after the change, and repeated the 50-case file review on cases opened after the change. The advisory group also reviewed ten anonymised case files against the standards it had set.',
    evaluationResults:
      'Satisfaction with being kept informed rose from 48% to 67%, although only 61 victims responded across both periods. In the repeat file review, 43 of 50 cases had a named officer and deputy recorded, and unlinked breaches fell from 11 cases to 3. Complaints about communication in stalking cases fell from 14 to 6 in the comparable period. We have not yet been able to show an effect on charge rates.',
    stage: 'evaluated-locally',
    outcome: 'promising',
    purposes: ['investigation'],
    topics: ['stalking-and-harassment', 'voice-of-the-victim'],
    recognition: [],
    scale: 'force-wide',
    visibility: 'public',
    submittedAt: '2022-06-03',
    voiceOfTheVictim: {
      howVictimsShapedIt:
        'The group set the standard. The fortnightly promise, the named deputy and the breach reference number were all ideas from members, and the group rejected an early force proposal for weekly automated texts because it felt impersonal. Members wrote the guidance note for officers explaining why a "no news" update matters, and they reviewed case files after the change to check the standard was being met.',
      rights: ['investigation-information', 'crime-recorded', 'understand-and-be-understood'],
      beyondTheCode:
        'The Code sets out that victims are told about key decisions in the investigation. The group asked for something different: regular contact even when nothing has changed, at a time that suits them, from someone who already knows their case. The breach reference number goes further than recording the crime; it shows the victim each new incident has been linked, which is what encourages them to keep reporting.',
    },
  },
  {
    title: 'Young people co-designing interview spaces for exploited children',
    organisation: 'west-yorkshire',
    summary:
      'Children who have been criminally exploited are often interviewed in rooms designed for adult suspects or for very young victims. Eight young people aged 14 to 19, all with experience of county lines exploitation, worked with a youth charity and the force to redesign a suite at one police station. They chose the furniture, lighting and layout, wrote the welcome card and drew up a short list of things officers should and should not say. The room opened in 2022 and is being used for both witness interviews and voluntary interviews.',
    problem:
      "Children drawn into county lines drug dealing often come into contact with police as suspects first, and only later are recognised as victims of exploitation. When they are interviewed, it is usually in a custody interview room or in a suite decorated for young children. Youth workers told us that older teenagers felt either treated as criminals or patronised, and that this shut down conversations about who was controlling them. Officers in the exploitation team said children frequently gave 'no comment' answers or one-word replies, and few disclosures were made at first contact. The voice of the child was largely missing from how these spaces were planned.",
    aims: 'To create an interview space that older children who have been exploited see as safe and respectful, in the hope that they will feel able to talk about what has happened to them. We wanted the young people to design it, not to be consulted on a design already chosen. We also wanted a short, practical guide for officers on how to start conversations with exploited teenagers, written from their point of view rather than from training material.',
    approach:
      "A youth charity that works with exploited young people recruited eight participants and ran six evening workshops, with the force's child exploitation team attending the last three. The young people visited the existing rooms, described what made them uncomfortable and chose a budget-friendly layout: sofas instead of a table, softer lighting, no visible cameras where this was possible, and a window blind they could control. They wrote a welcome card explaining who would be in the room and what would happen to the recording. They also produced a one-page guide for officers titled 'Talk to me like a person', with phrases to avoid, such as 'Are you in a gang?', and ideas for opening questions. Participants received vouchers and a reference letter for their involvement.",
    targetGroups: ['children-and-young-people', 'victims', 'police-officers-and-staff'],
    partnerSectors: ['voluntary-and-charity', 'local-authority'],
    partners:
      "A regional youth charity working with exploited young people; the council's children's services exploitation team",
    startDate: '2021-10-01',
    endDate: null,
    resources:
      "Refurbishment cost £14,500 from the force estates budget. The youth charity's time, about 60 hours, was paid at £2,100. One detective constable from the exploitation team coordinated the project alongside normal duties, and the vouchers for participants cost £640.",
    implementationChallenges:
      'Keeping young people engaged over several months was difficult; two left partway through after moves to new placements. Estates rules on fire safety and recording equipment meant some of their choices had to be changed, which we explained to them in person. Some officers were sceptical that room design would make any difference and needed convincing to use the room.',
    lessonsLearned:
      "Go back to the young people and explain why any of their ideas could not be used; they accepted the reasons when we were honest. The officer guide has proved as valuable as the room itself. Build in time for participants' lives to change: plan for people dropping out and keep the project short.",
    evaluationMethod: null,
    evaluationResults: null,
    stage: 'untested',
    outcome: 'new-or-innovative',
    purposes: ['investigation'],
    topics: ['child-criminal-exploitation', 'voice-of-the-child', 'voice-of-the-victim'],
    recognition: [],
    scale: 'local',
    visibility: 'public',
    submittedAt: '2022-07-12',
    voiceOfTheVictim: {
      howVictimsShapedIt:
        "Young people with direct experience of exploitation designed the room and wrote the officer guide. They chose the layout, the furniture and the welcome card wording, and decided what the guide should say. Police staff only joined the workshops once the young people had agreed their main ideas, so that the group's views were not shaped by what officers thought was possible.",
      rights: ['understand-and-be-understood', 'information-when-reporting'],
      beyondTheCode:
        'The Code requires that victims can understand and be understood. These young people asked for more: to be spoken to as people rather than as suspects or small children. Their guide changes how officers open the conversation, and the welcome card explains in their own words what happens to the interview recording, which was the question they most wanted answered and were most often left without.',
    },
  },
  {
    title: "Rape survivors' feedback loop for investigation updates",
    organisation: 'metropolitan',
    summary:
      'Survivors of rape and serious sexual assault were invited to give anonymous feedback, at three points in the investigation, on how they were being treated and kept informed. Feedback went to the investigating team within a week, with a supervisor required to respond to any concern. Over two years more than 700 survivors took part. An independent evaluation found better satisfaction with communication and fewer survivors withdrawing support for the investigation in the boroughs using the scheme.',
    problem:
      'Many survivors of rape withdraw from the criminal justice process before a charging decision, and surveys repeatedly showed that poor communication and long silences were among the main reasons. The force collected satisfaction feedback only at the end of a case, long after anything could be done about it, and the results went to a central team rather than to the officers involved. Investigators had little direct sense of how their contact was experienced, and supervisors had no early warning that a survivor was losing confidence in the investigation.',
    aims: "To give survivors a safe and easy way to say how the investigation feels while it is still running, and to make sure the officers and supervisors involved hear it quickly enough to put things right. We wanted to reduce the number of survivors who withdraw because of poor communication, and to build a picture of what good contact looks like from the survivor's side rather than from process targets.",
    approach:
      "With survivors' consent, an independent sexual violence adviser service sends a short survey at three points: about two weeks after the report, after the suspect interview and after the file goes to the Crown Prosecution Service for advice. The survey has six questions and a free-text box, can be completed online or by phone with the adviser, and is anonymous to the investigating officer. Results reach the team's detective sergeant within seven days. Any answer showing low confidence or a specific concern triggers a required response: the sergeant reviews the case, decides whether contact should change and records what was done. Survivors can choose to be told what changed. A monthly summary is shared with the team, and anonymised comments are used in training. Survivors helped write the questions and tested the survey before launch.",
    targetGroups: ['victims', 'police-officers-and-staff'],
    partnerSectors: ['voluntary-and-charity', 'criminal-justice'],
    partners:
      'Independent sexual violence adviser services in the participating boroughs; a university research team that carried out the evaluation',
    startDate: '2019-11-01',
    endDate: null,
    resources:
      'The online survey platform costs about £4,000 a year. An analyst spends one day a week producing the weekly alerts and monthly summaries. Independent sexual violence adviser services received £18,000 a year towards the extra time needed to support survivors with the survey. The evaluation cost £42,000.',
    implementationChallenges:
      'Some investigators worried that feedback would be used against them in performance reviews, and take-up was slow until the force made clear it would not be. Response rates fell at the third survey point, when many survivors were simply waiting. Sharing data with the adviser services needed a new information sharing agreement, which took five months to sign.',
    lessonsLearned:
      'Speed matters: feedback that reaches the team within a week changes behaviour, while monthly reports do not. Make the supervisor response compulsory, or alerts are simply read and filed. Survivors were more willing to take part when the adviser explained the survey than when it arrived by email from the police.',
    evaluationMethod:
      'A university research team compared four boroughs using the scheme with four similar boroughs that were not, over 18 months. They analysed survivor withdrawal rates, satisfaction scores from the existing end-of-case survey and interviews with 24 survivors and 30 officers.',
    evaluationResults:
      'Satisfaction with being kept informed was 14 percentage points higher in the scheme boroughs. The proportion of survivors withdrawing support before a charging decision fell from 41% to 33% in scheme boroughs, compared with a fall from 40% to 38% in comparison boroughs. Officers said the feedback was uncomfortable at first but useful. There was no measurable effect on charge rates over the evaluation period.',
    stage: 'independently-evaluated',
    outcome: 'worked',
    purposes: ['investigation'],
    topics: ['rape-and-serious-sexual-offences', 'violence-against-women-and-girls', 'voice-of-the-victim'],
    recognition: ['programme-promising'],
    scale: 'force-wide',
    visibility: 'public',
    submittedAt: '2022-06-20',
    voiceOfTheVictim: {
      howVictimsShapedIt:
        'Survivors helped write and test the six questions, choosing plain wording and deciding which points in the investigation mattered most. The scheme is built on their feedback during the case, and each response that raises a concern leads to a recorded decision by a supervisor. Survivors can ask to be told what changed because of what they said.',
      rights: ['investigation-information', 'referral-to-support', 'complain'],
      beyondTheCode:
        "The Code gives victims the right to information about the investigation and the right to complain when their rights are not met. This scheme gives survivors a voice before things go wrong enough to need a complaint. It treats survivors' experience as live information that can change how the case is handled, not as a survey at the end.",
    },
  },
  {
    title: 'Rural domestic abuse victims setting their own contact plans',
    organisation: 'devon-and-cornwall',
    summary:
      'In a rural policing area where many domestic abuse victims live miles from the nearest station and share phones or post with the perpetrator, officers began agreeing a written contact plan with each victim at the first visit. Victims choose how, when and where police contact them, including safe words, trusted third parties and places to meet. In its first two years, 412 plans were agreed. Repeat victims reported feeling safer, and no plan was linked to a contact that put a victim at risk.',
    problem:
      'Domestic abuse victims in isolated villages and farms face particular risks when police try to follow up. Many share a phone, post box or car with the perpetrator. A letter, a visit by a marked car or a call at the wrong time could be seen by the abuser. In two cases reviewed by the local partnership, follow-up contact by police had directly led to further abuse. Victims told the local domestic abuse service that they avoided reporting because they could not control how police would get in touch afterwards.',
    aims: 'To put victims in control of how police contact them after a report of domestic abuse, so that follow-up contact never adds to the risk they face. We wanted this to be simple enough to be used by every officer at the first visit, recorded where anyone picking up the case would see it, and flexible enough to suit rural victims who may have little mobile signal or privacy. We also hoped it would encourage victims to report again.',
    approach:
      "Officers use a one-page contact plan form at the first visit, completed with the victim when it is safe to do so. The form covers: safe phone numbers and times, whether voicemail or texts can be left, whether an unmarked car should be used, trusted people who can pass messages, safe places to meet such as a GP surgery or community hub, and a safe word that means 'I can't talk'. The plan is recorded as a warning marker on the crime record and on the victim's address, so control room staff and any officer attending can see it. The local domestic abuse service adopted the same form, so victims only have to agree their plan once. Plans are reviewed at every contact and whenever the victim moves or separates from the perpetrator.",
    targetGroups: ['victims', 'adults'],
    partnerSectors: ['voluntary-and-charity', 'health'],
    partners:
      'A local specialist domestic abuse service; GP practices and community hubs that agreed to act as safe meeting places',
    startDate: '2020-03-01',
    endDate: '2022-03-31',
    resources:
      "Very low cost. Printing and a change to the address warning markers were covered from existing budgets. A neighbourhood inspector and the local domestic abuse service manager spent about three days designing the form. Briefings were delivered at shift handovers by the area's domestic abuse champion, a PC who gave around four hours a week.",
    implementationChallenges:
      "The pilot began at the start of the Covid-19 lockdown, which made first visits more difficult and delayed training. Some officers saw the form as more paperwork. Early plans were sometimes recorded only in the officer's pocket notebook, so colleagues did not see them; we fixed this by making the warning marker compulsory.",
    lessonsLearned:
      'Victims know better than anyone which contact is safe. Using the same form as the domestic abuse service built trust and saved victims from repeating themselves. Recording the plan where the control room can see it is essential. The pilot ended when the area was merged into a larger command, and we are now seeking to extend it force-wide.',
    evaluationMethod:
      'We audited all 412 plans for completeness and checked incident records for any contact that breached a plan. The domestic abuse service interviewed 28 victims who had a plan, and we compared repeat reporting with the same area in the two years before.',
    evaluationResults:
      'Of 412 plans, 371 were fully completed. We found nine contacts that did not follow a plan, none of which led to harm. Of the 28 victims interviewed, 25 said the plan made them more likely to call police again. Repeat reports from known victims rose by 18%, which we see as a sign of confidence rather than more abuse, though we cannot be sure.',
    stage: 'evaluated-locally',
    outcome: 'worked',
    purposes: ['prevention'],
    topics: ['domestic-abuse', 'voice-of-the-victim'],
    recognition: [],
    scale: 'local',
    visibility: 'public',
    submittedAt: '2022-05-09',
    voiceOfTheVictim: {
      howVictimsShapedIt:
        'The idea came from victims who told the local domestic abuse service why they avoided reporting. Victims then tested early versions of the form and added items we had not thought of, including trusted third parties and the option of meeting in a GP surgery. Every plan is agreed with the individual victim, so each person decides what safe contact means for them.',
      rights: ['understand-and-be-understood', 'information-when-reporting', 'investigation-information'],
      beyondTheCode:
        'The Code says victims should be told about their case. It does not say victims should decide how they are told. The contact plan gives that control back, and recognises that for some victims the act of contacting them can itself be dangerous. It also follows the victim across agencies, so they agree their preferences once rather than with every service.',
    },
  },
  {
    title: 'Older fraud victims shaping doorstep safeguarding visits',
    organisation: 'lancashire',
    summary:
      'Older people who had lost money to courier fraud and doorstep scams helped redesign the safeguarding visits that police and volunteers make to fraud victims. They told us the visits felt like a telling-off, that leaflets were too long and that they were embarrassed to admit being targeted again. The new visit is shorter and conversational, is led by a trained volunteer of a similar age where possible, and includes a follow-up call a month later. It has been running since 2021 and has not yet been evaluated.',
    problem:
      'The force receives around 1,100 referrals a year from the national fraud reporting centre about older or vulnerable residents who have lost money. A safeguarding visit is offered to each. Uptake was poor: about 40% declined, and many who accepted said little. Volunteers reported that people were defensive and ashamed, and several victims were defrauded again within months. A survey of people who declined found that many felt patronised or blamed, and some worried that police would tell their family or that they would lose their independence.',
    aims: 'To make safeguarding visits something older fraud victims want to accept, so they are more likely to talk openly, take up practical protections such as call blockers and report further attempts. We wanted the visit to reduce the shame victims feel rather than add to it. In the longer term, we aim to reduce the number of people who are defrauded again, although we know this will be hard to measure.',
    approach:
      "We held four listening sessions in community centres with 23 older people who had been victims of fraud, arranged through an older people's charity. They told us what had felt wrong about past contact and what would help. Using their comments, we rewrote the visit. It now starts with the volunteer explaining that criminals deliberately target careful, intelligent people. Leaflets were cut to a single card with three phone numbers. Victims choose whether a relative is told. Volunteers are recruited from the same age group where possible and trained in a half-day session co-written with the participants. A follow-up phone call one month later checks whether there have been further approaches and whether the call blocker is working.",
    targetGroups: ['older-people', 'victims'],
    partnerSectors: ['voluntary-and-charity', 'local-authority', 'business'],
    partners:
      "An older people's charity; the county council's trading standards team; a telephone call-blocking provider offering devices at reduced cost",
    startDate: '2021-06-01',
    endDate: null,
    resources:
      "The economic crime team's vulnerability officer, a police staff post, coordinates the scheme. Around 30 volunteers deliver the visits. Trading standards funded 150 call blockers at £90 each. Listening sessions cost £1,400, mainly venue hire, transport and refreshments.",
    implementationChallenges:
      'Recruiting older volunteers was slower than expected, particularly in rural areas. Some referrals arrive weeks after the fraud, by which time victims are less willing to engage. A few relatives were angry that they had not been told, even when the victim had chosen this, and volunteers needed advice on handling those calls.',
    lessonsLearned:
      'Start every visit by removing blame; victims told us this mattered more than any advice. Give people control over whether family are told. Short, clear materials beat detailed leaflets. Listening sessions in familiar community venues drew far more people than an online survey had.',
    evaluationMethod:
      'We have started recording uptake of visits, uptake of call blockers and repeat victimisation for everyone referred since the change. Results will be compared with the previous two years once 12 months of data are available.',
    evaluationResults: null,
    stage: 'untested',
    outcome: 'promising',
    purposes: ['prevention'],
    topics: ['fraud-against-vulnerable-people', 'adults-at-risk', 'voice-of-the-victim'],
    recognition: [],
    scale: 'local',
    visibility: 'public',
    submittedAt: '2022-07-04',
    voiceOfTheVictim: {
      howVictimsShapedIt:
        'Twenty-three older fraud victims took part in listening sessions that led directly to the new visit. They chose the opening message, cut the leaflet down, asked for the choice about telling family and suggested the follow-up call. Some of them now help train the volunteers, which gives the training a credibility that a police trainer alone could not.',
      rights: ['understand-and-be-understood', 'referral-to-support', 'information-when-reporting'],
      beyondTheCode:
        "Beyond providing information and referral, the visit is designed to reduce the shame that stops older people reporting again. It respects the victim's choice about who else is told, even when relatives disagree, and it adds a follow-up call the Code does not require. Victims told us this call was when they felt most able to admit that criminals had tried again.",
    },
  },
  {
    title: 'Hate crime victim reference group reviewing closure letters',
    organisation: 'essex',
    summary:
      'We set up a reference group of hate crime victims to review and rewrite the letters sent when an investigation is closed without charge. The group met for a year and produced new letter templates and a guide for officers. Despite this, the new letters were used in fewer than a third of cases, and satisfaction among victims whose cases were closed did not improve. We are sharing this honestly because the group did good work that the organisation failed to put into practice.',
    problem:
      "Most reported hate crimes do not result in a charge, and victims often learn that the case has been closed through a standard letter generated by the crime recording system. Victims told community groups that these letters were impersonal, used jargon such as 'evidential difficulties' and gave no explanation. Some described feeling that their experience had been dismissed. Satisfaction among hate crime victims whose cases were closed was 34%, well below the force average for all crime.",
    aims: 'To make closure letters clear, respectful and honest, so that victims understand why their case was closed, know what police did and feel able to report again. We wanted victims to write the standard, rather than officers, and to measure whether better letters improved satisfaction and confidence among hate crime victims whose cases did not lead to a charge or a community resolution.',
    approach:
      'A local equality council recruited twelve people who had reported hate crimes on grounds of race, religion, sexual orientation, disability and gender identity. The group met eight times over a year. They reviewed 60 anonymised closure letters and identified the phrases that upset them most. They wrote four new templates, each with space for the officer to explain in plain terms what enquiries were made and why the case could not go further, and a line inviting the victim to contact the officer directly. They also produced a two-page guide for officers. The templates were loaded on to the crime system as an alternative to the standard letter, and the guide was circulated by email and included in a briefing to sergeants.',
    targetGroups: ['victims', 'communities'],
    partnerSectors: ['voluntary-and-charity', 'local-authority'],
    partners:
      "A local equality council; the district councils' community safety teams; a disability rights organisation",
    startDate: '2020-01-06',
    endDate: '2021-07-31',
    resources:
      'The equality council received £6,000 for recruitment and facilitation. A hate crime coordinator, a police staff post, supported the group for about one day a week. Adding the templates to the crime system took around five days of a developer.',
    implementationChallenges:
      "The new templates were optional, and the old standard letter remained the default, requiring only one click. Officers had to write a personal explanation in the new letter, which took time they said they did not have. The guide was circulated during the Covid-19 lockdown, when briefings were cancelled. There was no named lead to monitor use once the group's work finished.",
    lessonsLearned:
      'Good co-produced material is not enough on its own. If the old way is easier, people will keep using it. We should have removed the old letter, built the new one into supervision and given a senior officer ownership. We also learned that we owed the group an honest explanation, and we met them again to share these results.',
    evaluationMethod:
      'We counted how often each template was used over the six months after launch and compared satisfaction among hate crime victims whose cases were closed with the six months before. The reference group also reviewed a sample of 30 letters sent after launch.',
    evaluationResults:
      'New templates were used in 29% of closed hate crime cases. Satisfaction among victims with closed cases moved from 34% to 36%, which is within normal variation. Where the new template was used, the group rated most letters as clearer, but several officers had deleted the personal explanation section. The group concluded that the change had not reached enough victims to make a difference.',
    stage: 'evaluated-locally',
    outcome: 'did-not-work',
    purposes: ['organisational'],
    topics: ['hate-crime', 'voice-of-the-victim'],
    recognition: [],
    scale: 'force-wide',
    visibility: 'public',
    submittedAt: '2022-06-27',
    voiceOfTheVictim: {
      howVictimsShapedIt:
        'Twelve victims of hate crime wrote the new templates and the officer guide from start to finish. They chose which phrases to remove, insisted on an explanation of what enquiries had been made and added the invitation to contact the officer. When the results were disappointing, the group also helped us understand why, and their recommendations have shaped our plans for a second attempt.',
      rights: ['outcome-information', 'understand-and-be-understood', 'complain'],
      beyondTheCode:
        'The Code requires victims to be told the outcome. The group wanted victims to understand it, to hear what police had actually done and to have a way back in. The templates were designed to do more than meet the minimum. We have not yet achieved that in practice, and we are entering this example because what went wrong may be useful to others.',
    },
  },
  {
    title: 'Modern slavery survivors advising on interpreters at first contact',
    organisation: 'nottinghamshire',
    summary:
      'Survivors of labour and sexual exploitation told a local support charity that the first conversation with police had often been interpreted by someone they feared, distrusted or could not fully understand. With their advice, the force has changed how interpreters are chosen and briefed at the first contact with a suspected victim of modern slavery. Officers now check dialect, gender preference and possible links to the community, and use a short survivor-written introduction. The approach began in late 2021 and has not yet been evaluated.',
    problem:
      'At the first encounter with a suspected victim of modern slavery, usually during a warrant, a welfare check or a roadside stop, officers book whichever telephone interpreter is available. Survivors described interpreters who spoke a different dialect, who appeared to know the people controlling them, or who added their own comments. Some said they had given false answers because they believed the interpreter would pass information back. In a case review, two potential victims who had declined support at first contact later disclosed that they had been afraid of the interpreter. Poor first contact can mean a victim is not identified, declines a referral to support or is treated as an offender.',
    aims: 'To make sure suspected victims of modern slavery can understand, and be understood by, the officers they meet at first contact, through an interpreter they trust. We wanted officers to think about interpreter choice as a safeguarding decision, not an administrative task, and to give survivors a say in how the first conversation is introduced. In the longer term we hope more potential victims will accept referral to support and the national identification process.',
    approach:
      "Six survivors supported by a local anti-slavery charity met the force's modern slavery coordinator four times, with an independent interpreter present. From their advice, officers planning a modern slavery operation now book interpreters in advance where possible, confirm the exact language and dialect, offer a choice of interpreter gender and ask the interpreting agency to confirm that the interpreter has no known links to the area or community involved. When a telephone interpreter is used at short notice, officers read a short introduction, written by the survivors and translated into 14 languages, explaining that the interpreter works for neither police nor anyone else and that the person can ask for a different interpreter. Officers record the interpreter's identity and any concerns on the crime report.",
    targetGroups: ['victims', 'adults', 'police-officers-and-staff'],
    partnerSectors: ['voluntary-and-charity', 'business'],
    partners: "A local anti-slavery charity; the force's contracted interpreting agency",
    startDate: '2021-09-01',
    endDate: null,
    resources:
      "The modern slavery coordinator, a detective sergeant, led the work. Translation of the introduction cost £2,300. The survivors' sessions, including an independent interpreter and travel, cost £1,500. Interpreter booking changes were agreed with the existing contractor at no additional cost.",
    implementationChallenges:
      'Dynamic situations, such as an unplanned roadside stop, leave little room for choosing an interpreter. The interpreting contractor could not always confirm community links, and some rarer dialects have very few available interpreters nationally. Officers were unsure whether they could refuse an interpreter, and needed clear guidance that they could.',
    lessonsLearned:
      'Survivors raised a risk that we had not seen at all. Their written introduction is short and easy for officers to use. Planned operations should treat interpreter booking as part of the safeguarding plan. We have shared the introduction with the regional organised crime unit, which is considering using it.',
    evaluationMethod: null,
    evaluationResults: null,
    stage: 'untested',
    outcome: 'new-or-innovative',
    purposes: ['investigation'],
    topics: ['modern-slavery', 'voice-of-the-victim', 'victims-and-witnesses'],
    recognition: [],
    scale: 'force-wide',
    visibility: 'policing',
    submittedAt: '2022-07-21',
    voiceOfTheVictim: {
      howVictimsShapedIt:
        'Survivors identified the problem, explained how an interpreter could undermine trust and wrote the introduction officers now read out. Their advice led to the dialect, gender and community-link checks. They also chose the wording that tells people they can ask for a different interpreter, which they said was the single sentence that would have made the biggest difference to them.',
      rights: ['understand-and-be-understood', 'referral-to-support', 'information-when-reporting'],
      beyondTheCode:
        "The Code says victims should have an interpreter where needed. Survivors showed us that an interpreter can also be a source of fear. We now treat the choice of interpreter as a safety decision, give victims the chance to ask for a different one and explain the interpreter's role in words written by people who have been in the same position.",
    },
  },
  {
    title: 'Honour-based abuse survivors training control room call handlers',
    organisation: 'gwent',
    summary:
      'Survivors of honour-based abuse and forced marriage co-designed and co-delivered training for control room staff, who are often the first point of contact when someone calls for help. The sessions used recorded survivor accounts and role plays built on real call patterns. Over 18 months, 214 call handlers and dispatchers were trained. Calls flagged for honour-based abuse rose, and a review showed call handlers were more likely to avoid contacting family members and to ask whether the caller was safe to speak.',
    problem:
      'People experiencing honour-based abuse often call from a position of acute danger and may be under pressure from several family members, not just one perpetrator. Mistakes at the first call, such as ringing back on a shared family phone, speaking to a relative who answers or sending officers who know the family, can put the caller at greater risk. A review of 40 calls that later led to honour-based abuse investigations found that only 12 had been identified as possible honour-based abuse by the call handler. Existing training was a short e-learning module that few remembered.',
    aims: 'To help call handlers and dispatchers recognise the signs of honour-based abuse and forced marriage at first contact, and to respond in ways that protect the caller. We wanted the training to be memorable and grounded in what survivors had actually experienced when calling police. We also wanted survivors to have a real role in shaping how the force responds, rather than just sharing their stories for others to interpret.',
    approach:
      'A regional charity supporting survivors of honour-based abuse recruited five survivors, who worked with two control room trainers over three months. Together they produced a three-hour session covering the warning signs, the danger of involving family or community mediators, safe callback methods and how to ask direct questions. Survivors recorded audio accounts of their own calls, with voices altered, describing what helped and what made things worse. Role plays were built on these accounts. Two survivors chose to co-deliver sessions in person; others preferred their recordings to be used. A short checklist was added to the call-handling system to prompt questions when certain indicators appear.',
    targetGroups: ['police-officers-and-staff', 'victims'],
    partnerSectors: ['voluntary-and-charity'],
    partners: 'A regional charity supporting survivors of honour-based abuse and forced marriage',
    startDate: '2020-10-01',
    endDate: '2022-03-31',
    resources:
      'The charity was paid £11,000 for recruitment, support to survivors and co-delivery. Two control room trainers gave about 30 days between them to design the course. Training was delivered during existing training days. The checklist change in the call-handling system took two days of developer time.',
    implementationChallenges:
      'Some survivors found revisiting their calls distressing, and the charity provided support throughout. Scheduling in-person sessions around control room shift patterns was difficult, and some staff joined online. A few staff were uneasy about discussing culture and religion and worried about causing offence; the survivors addressed this directly in the sessions.',
    lessonsLearned:
      'Hearing survivors describe a real call is far more powerful than a slide. Give survivors a choice about how visible they want to be. Keep the checklist short or it will be ignored. Training needs refreshing, and we are now building the recordings into induction for new call handlers.',
    evaluationMethod:
      'We reviewed 40 calls from the year after training that later led to honour-based abuse investigations and compared them with the 40 calls in the original review. Staff completed questionnaires before and three months after training, and the charity gathered feedback from survivors who had contacted the force after the training.',
    evaluationResults:
      'Call handlers identified possible honour-based abuse in 26 of 40 calls, compared with 12 of 40 before. Attempts to contact the caller through a family member fell from seven cases to one. Staff confidence in recognising honour-based abuse rose from 31% to 78%. Numbers are small and we cannot rule out other influences, including greater awareness after a high-profile national case.',
    stage: 'evaluated-locally',
    outcome: 'promising',
    purposes: ['organisational'],
    topics: ['honour-based-abuse', 'voice-of-the-victim', 'workforce'],
    recognition: [],
    scale: 'force-wide',
    visibility: 'public',
    submittedAt: '2022-05-25',
    voiceOfTheVictim: {
      howVictimsShapedIt:
        'Survivors decided what the training should cover and what call handlers most needed to hear. Their recorded accounts are the core of the course, the role plays are built on their experiences and two survivors co-deliver the sessions. They also drafted the questions on the call-handling checklist, including the direct question "Is anyone in your family stopping you from leaving?"',
      rights: ['understand-and-be-understood', 'information-when-reporting', 'referral-to-support'],
      beyondTheCode:
        "The Code covers what victims are entitled to once they report. This work changes the first few minutes of contact, before any formal process begins, by equipping staff to recognise danger that victims may not be able to name. Survivors shaped the force's culture as well as its process, and their recordings will continue to train new staff for years.",
    },
  },
  {
    title: "Victims' views built into domestic abuse bail decisions",
    organisation: 'hertfordshire',
    summary:
      "Before a domestic abuse suspect is released on bail or under investigation, a dedicated bail liaison officer contacts the victim to ask what conditions would keep them safe and to tell them when the suspect will be released. Victims' views are recorded for the custody officer, and victims are told the conditions in plain language. Over three years, more than 2,600 domestic abuse victims were contacted. An independent evaluation found victims felt safer and breaches were reported and acted on more quickly.",
    problem:
      "When domestic abuse suspects were released from custody, victims often did not know. Some found out when the suspect arrived at their door. Bail conditions were set by custody officers with little information about the victim's daily life: where they worked, which school their children attended, which routes they used. Conditions were therefore sometimes too narrow to protect the victim, or impossible to enforce. Victims who were unaware of conditions could not report breaches. A review of 100 domestic abuse cases found that in 38 the victim had not been told about release or conditions within 24 hours.",
    aims: 'To make sure every domestic abuse victim is asked, before a suspect is released, what conditions would help keep them safe, and is told promptly and clearly when the suspect is released and on what terms. We aimed to make bail conditions more relevant to each victim, increase the reporting of breaches and reduce further offending against the victim while the suspect is on bail or under investigation.',
    approach:
      'Three bail liaison officers, police staff based in the custody suite, cover 8am to 10pm seven days a week. When a domestic abuse suspect is in custody, the liaison officer contacts the victim by their preferred method and asks about their routine, any children, places they want to be protected and any concerns. This is recorded on a short form for the custody officer and the investigating officer, who decide on conditions. Once the suspect is released, the liaison officer tells the victim the time of release and the conditions in plain language, sends a text summary if it is safe to do so and explains how to report a breach. Breaches reported by victims are flagged for an immediate response. Victims are offered referral to the local domestic abuse service during the same call.',
    targetGroups: ['victims', 'offenders', 'families'],
    partnerSectors: ['voluntary-and-charity', 'criminal-justice'],
    partners:
      'A local specialist domestic abuse service; a university criminology department that carried out the evaluation',
    startDate: '2019-04-01',
    endDate: '2022-03-31',
    resources:
      "Three bail liaison officers at a total cost of about £96,000 a year, funded for three years from a national innovation grant. The evaluation cost £35,000. Custody and investigating officers' time was absorbed within existing roles.",
    implementationChallenges:
      'Out-of-hours releases were not covered, so about a fifth of victims were still contacted by response officers. Some custody officers were initially reluctant to take account of victim views, seeing bail as their decision alone. Contacting victims safely when they lived with the suspect needed careful planning. Funding ended in 2022, and the force has since absorbed the work into the custody team with fewer hours.',
    lessonsLearned:
      "Victims' knowledge of their own routine produced far better conditions than custody officers could set alone. A single trained role, rather than adding the task to busy officers, made contact consistent. Plan funding beyond the pilot period early, as changes in the law on pre-charge bail mean this work will be expected everywhere.",
    evaluationMethod:
      'University researchers compared 420 domestic abuse cases handled by bail liaison officers with 420 matched cases from the year before. They measured whether victims were told about release within 24 hours, the number of reported breaches and further domestic abuse offences against the same victim within 90 days. They also interviewed 35 victims and 20 officers.',
    evaluationResults:
      'Victims were told about release within 24 hours in 91% of cases compared with 62% before. Reported breaches increased by 40%, and arrests for breach rose. Further domestic abuse offences against the same victim within 90 days fell from 19% to 15%, which the researchers described as encouraging but not conclusive. Victims interviewed said that being asked made them feel taken seriously.',
    stage: 'independently-evaluated',
    outcome: 'promising',
    purposes: ['reoffending', 'investigation'],
    topics: ['domestic-abuse', 'voice-of-the-victim'],
    recognition: ['innovation-funded'],
    scale: 'force-wide',
    visibility: 'public',
    submittedAt: '2022-06-08',
    voiceOfTheVictim: {
      howVictimsShapedIt:
        "Victims' views directly shape each bail decision, because the conditions recommended to custody officers come from what victims say about their lives. At the design stage, a group of victims supported by the local domestic abuse service wrote the questions the liaison officers ask and chose the wording of the text message summary. Their feedback during the pilot led to evening cover being extended.",
      rights: ['investigation-information', 'referral-to-support', 'understand-and-be-understood'],
      beyondTheCode:
        "The Code requires victims to be told about a suspect's release and bail conditions. This scheme asks victims beforehand what those conditions should be, so they influence the decision rather than just hearing about it. It also explains conditions in plain language and gives victims a direct route to report breaches, which puts their safety at the centre of the process.",
    },
  },
  {
    title: 'Women passengers redesigning the rail response to sexual harassment',
    organisation: 'british-transport-police',
    summary:
      'Women who had reported sexual harassment and indecent exposure on trains told us that reporting felt pointless: they were asked to come to a police office, CCTV was often lost and they rarely heard anything again. Working with them, we built Operation Signal, which offers video-call statements, a 24-hour target for securing CCTV, a text when footage has been reviewed and patrols targeted on routes victims identified. Over two years, CCTV was secured in far more cases and more suspects were identified.',
    problem:
      'Sexual harassment on the railway is heavily under-reported. Women told us that by the time they reached their destination the offender had gone, and reporting meant either delaying their journey or travelling to a police office later. Train operators overwrite CCTV within days, and in our own audit footage had been secured in only 52% of reported sexual offences. Victims said that they rarely heard whether the footage had been viewed or whether anything had happened. Many said they would not bother reporting a second time.',
    aims: 'To make reporting sexual harassment on the railway quicker and worthwhile for victims, so that more women report and more offenders are identified. We wanted to secure CCTV in every case where it exists, keep victims informed at each step and use their reports to decide where officers patrol. We also wanted women who had reported to shape how the service worked, not just to be asked for satisfaction scores.',
    approach:
      'We held six online focus groups with 40 women who had reported offences on trains. Their top requests shaped Operation Signal. Victims can now give a first account by video call within a day of reporting, at a time that suits them. Investigating officers must request CCTV from the train operator within 24 hours, and operators agreed to preserve footage for any incident reported to us through a dedicated request route. Victims receive a text when footage has been reviewed, with a name and number to call. Analysts map every report, and patrols in plain clothes and uniform are targeted on the routes and times women identified. A short quarterly update on what has happened because of their reports is sent to women who opt in.',
    targetGroups: ['victims', 'adults', 'communities'],
    partnerSectors: ['business', 'voluntary-and-charity'],
    partners:
      "Train operating companies' CCTV and security teams; a national women's safety charity that facilitated the focus groups",
    startDate: '2019-09-01',
    endDate: null,
    resources:
      'No new posts. Two sergeants and an analyst coordinate the operation alongside other duties. Video-call equipment cost £6,000. The charity received £4,500 to run the focus groups. Patrol hours come from existing deployment planning.',
    implementationChallenges:
      'CCTV systems vary between train operators, and some older trains have none or only partial coverage. The 24-hour target was hard to meet over bank holiday weekends. Video calls needed new guidance on the evidential standard of first accounts. The Covid-19 pandemic cut passenger numbers and reporting sharply for a time, making trends harder to read.',
    lessonsLearned:
      "Victims' demands were practical and achievable. Telling them when footage had been viewed cost little and built trust. Agreements with train operators need named contacts, not just a generic email address. Mapping reports showed patterns on a small number of routes, which made patrols much more focused.",
    evaluationMethod:
      'We compared reported sexual offences on the railway in the two years after launch with the two years before, measuring how often CCTV was secured, how often a suspect was identified and how victims rated their experience in our follow-up survey.',
    evaluationResults:
      'CCTV was secured in 86% of cases, compared with 52% before. Suspects were identified in 37% of cases, up from 21%. Satisfaction with being kept informed rose from 39% to 71% among the 310 victims who responded. Reports rose by 24% once passenger numbers recovered, which we believe reflects greater confidence, although national campaigns may also have contributed.',
    stage: 'evaluated-locally',
    outcome: 'worked',
    purposes: ['location', 'prevention', 'investigation'],
    topics: ['violence-against-women-and-girls', 'voice-of-the-victim'],
    recognition: [],
    scale: 'national',
    visibility: 'public',
    submittedAt: '2022-07-28',
    voiceOfTheVictim: {
      howVictimsShapedIt:
        "The operation's main features came directly from 40 women who had reported offences: video-call statements, the CCTV deadline, the text after footage is reviewed and the quarterly update. Their descriptions of where and when harassment happened also shaped where we patrol. The charity that ran the groups now reviews a sample of cases every six months with us.",
      rights: [
        'information-when-reporting',
        'investigation-information',
        'outcome-information',
        'understand-and-be-understood',
      ],
      beyondTheCode:
        'The Code promises information about the investigation. Victims asked us to tell them about a specific step, the CCTV review, which they said was the moment they most wanted to know about. The quarterly update goes further still: it tells women what changed because of their reports, even where their own case did not result in a charge, so reporting feels worthwhile.',
    },
  },
  {
    title: 'Adults who have been missing redesigning return conversations',
    organisation: 'cumbria',
    summary:
      "Adults who go missing repeatedly are often escaping something: abuse at home, debt, exploitation or a mental health crisis. The conversation officers have with them on return rarely uncovers this. Seven people who had been reported missing as adults, supported by a national missing persons charity, helped us redesign that conversation. The new 'return conversation' guide replaces a checklist with open questions they chose, and offers a follow-up with a charity worker rather than police. It launched in spring 2022.",
    problem:
      'When an adult who has been missing is found, officers complete a short safe and well check, mainly to confirm the person is not injured. People who had been missing told us these checks felt like being told off for wasting police time. They were asked the same closed questions each time and never felt able to say why they had left. We found that 62 adults had been reported missing three or more times in a year, and for most of them the records contained no explanation of what they had been escaping. Some later turned out to be victims of domestic abuse or financial exploitation.',
    aims: 'To help officers understand why adults go missing, so that underlying harm, such as abuse or exploitation, can be identified and the right support offered. We want the returned person to feel listened to rather than blamed. We also aim to reduce repeat missing episodes for the adults who go missing most often, and to give people who have been missing a say in how police respond.',
    approach:
      "The charity recruited seven adults with lived experience of going missing, who met four times with the force's missing persons coordinator. They rewrote the safe and well check as a 'return conversation' guide: it begins with a welcome back rather than questions, uses open prompts such as 'What was happening before you left?', and avoids language about resources or police time. Officers are told they do not need to finish the guide at the front door; they can arrange to talk later. People are offered a follow-up with an independent charity worker, and their consent is sought to share concerns with adult social care. The guide is built into the mobile data form officers complete.",
    targetGroups: ['adults', 'victims', 'police-officers-and-staff'],
    partnerSectors: ['voluntary-and-charity', 'local-authority', 'health'],
    partners:
      "A national missing persons charity; the county council's adult social care team; the local mental health trust",
    startDate: '2022-01-10',
    endDate: null,
    resources:
      "The missing persons coordinator, a police staff role, led the project. The charity's involvement was funded under its existing service agreement. Changes to the mobile data form cost about £2,000 in developer time. Briefing materials for officers were produced in-house.",
    implementationChallenges:
      'Officers often attend returns late at night, when a longer conversation is not practical. Some officers worried that open questions would take too long when demand is high. Follow-ups with the charity depend on consent, and some people decline. We have had to be clear that the return conversation does not replace a safeguarding referral where one is needed.',
    lessonsLearned:
      'People with lived experience of going missing were direct about what had gone wrong and generous with ideas. The tone of the first sentence matters more than we had realised. Building the guide into the mobile form makes it more likely to be used. It is too early to judge results.',
    evaluationMethod:
      'We will compare repeat missing episodes and safeguarding referrals for adults reported missing in the 12 months after launch with the previous 12 months, and the charity will interview people who received a return conversation.',
    evaluationResults: null,
    stage: 'untested',
    outcome: 'new-or-innovative',
    purposes: ['prevention'],
    topics: ['missing-people', 'voice-of-the-victim', 'adults-at-risk'],
    recognition: [],
    scale: 'force-wide',
    visibility: 'public',
    submittedAt: '2022-05-31',
    voiceOfTheVictim: {
      howVictimsShapedIt:
        'Seven people who had been missing as adults, several of whom had been escaping abuse, rewrote the return conversation. They chose the opening words and the open questions, removed references to police time and suggested the follow-up with a charity worker. They also reviewed the briefing for officers and recorded a short video explaining what a good return conversation felt like.',
      rights: ['understand-and-be-understood', 'referral-to-support'],
      beyondTheCode:
        'Many adults who go missing are victims of crimes they have not reported. The Code applies once someone reports a crime. This work tries to reach them earlier, by changing the conversation so that they feel able to tell us what they were escaping. It also offers support from someone outside policing, which participants said would make them more likely to talk.',
    },
  },
  {
    title: 'People with mental ill health shaping how their crimes are recorded',
    organisation: 'leicestershire',
    summary:
      'Victims with mental ill health told a local mental health charity that when they reported crimes they felt disbelieved, and that their diagnosis seemed to matter more than what had happened to them. Working with eleven of them, a local policing area changed how reports are taken: a standard question about reasonable adjustments replaced free-text comments on mental health, and officers received a short briefing co-written with the group. In the year-long pilot, more of these reports were recorded as crimes and fewer were closed on the day.',
    problem:
      "Some victims with known mental health conditions reported crimes repeatedly, and officers sometimes described them in records as 'known to mental health services' or 'frequent caller'. Those notes followed the person and, the charity believed, influenced whether later reports were taken seriously. An audit of 80 incidents reported by people with a mental health marker found that 27 that should have been recorded as crimes had not been, and several had been closed with a comment about the caller's mental state. Victims described feeling that they were a nuisance rather than someone harmed by a crime.",
    aims: 'To make sure crimes reported by people with mental ill health are recorded and investigated on the same basis as anyone else, and that any support they need to take part in the process is identified in a respectful way. We also wanted to remove language from records that undermines victims, and to give people with lived experience a direct say in how officers are briefed.',
    approach:
      "A local mental health charity recruited eleven people who had reported crimes while experiencing mental ill health. Over five sessions they reviewed anonymised incident logs and described their experiences. They asked for three changes. First, free-text comments about a person's mental health were replaced on the incident form by one standard question: 'Is there anything that would help you take part in this investigation?' Second, the local area's crime recording checks were extended to all incidents where the reporting person has a mental health marker. Third, officers received a 20-minute briefing, built around recorded accounts from the group, on how assumptions about credibility can shape decisions. A mental health nurse in the control room was made available for advice on communication, not on whether to believe the victim.",
    targetGroups: ['victims', 'adults'],
    partnerSectors: ['voluntary-and-charity', 'health'],
    partners: 'A local mental health charity; the mental health trust that provides nurses to the control room',
    startDate: '2021-01-01',
    endDate: '2021-12-31',
    resources:
      "The charity was paid £4,800 for recruitment, facilitation and participants' expenses. A neighbourhood inspector led the pilot. The crime recording checks were carried out by the area's existing crime standards officer, adding about three hours a week. Form changes were made by the force's systems team.",
    implementationChallenges:
      'Some officers felt the project implied they were prejudiced, and the first briefings were defensive. The standard question was sometimes skipped on busy shifts. Removing historic comments from records raised questions about information that might be relevant to risk, and we needed advice from the data protection officer.',
    lessonsLearned:
      'Separating support needs from credibility helped officers as well as victims. The recorded accounts were more persuasive than data. Checking crime recording gives quick, objective evidence of change. The pilot ended when the local area restructured, and the force is now considering adopting the changes more widely.',
    evaluationMethod:
      'The crime standards officer repeated the audit of 80 incidents from the pilot period. We compared the proportion of incidents closed on the day and sought feedback from 14 victims through the charity.',
    evaluationResults:
      'Incidents that should have been recorded as crimes but were not fell from 27 of 80 to 6 of 80. The proportion closed on the day fell from 45% to 24%. Twelve of 14 victims said they felt believed. These figures relate to a single policing area and a small number of cases.',
    stage: 'evaluated-locally',
    outcome: 'worked',
    purposes: ['organisational'],
    topics: ['mental-health', 'voice-of-the-victim'],
    recognition: [],
    scale: 'local',
    visibility: 'public',
    submittedAt: '2022-06-15',
    voiceOfTheVictim: {
      howVictimsShapedIt:
        'Victims with lived experience of mental ill health identified the problem, reviewed real incident logs and proposed all three changes. They wrote the standard question about reasonable adjustments and recorded the accounts used in the officer briefing. They also checked the results with us and asked for the work to be extended, which is now under discussion.',
      rights: ['crime-recorded', 'understand-and-be-understood', 'referral-to-support'],
      beyondTheCode:
        'The Code gives every victim the right to have a crime recorded without unjustified delay. Victims showed us that for people with mental ill health, assumptions in the records themselves were getting in the way of that right. The project changed the language we use about them, separated support needs from judgements about credibility and let their own accounts train officers.',
    },
  },
  {
    title: "Domestic abuse victims' court experience reshaping witness care",
    organisation: 'kent',
    summary:
      'The witness care unit began surveying domestic abuse victims after every trial, asking what had helped and what had made giving evidence harder. Their answers led to pre-trial visits, earlier conversations about special measures, separate waiting arrangements and updates on the day of trial. Over three years more than 900 victims responded. An independent evaluation found fewer domestic abuse trials collapsed because a victim withdrew, and victims felt better prepared for court.',
    problem:
      'Many domestic abuse prosecutions fail because the victim withdraws or does not attend court. Victims told support workers that they had met the defendant in the court entrance, did not know about screens or live links until the day, waited for hours without information and were not told the outcome until days later. The witness care unit had surveyed victims only occasionally and did not focus on domestic abuse. In one year, 31% of domestic abuse trials that did not proceed failed because the victim withdrew or did not attend.',
    aims: "To improve the experience of domestic abuse victims who give evidence, by listening to them after each trial and changing practice in response. We wanted more victims to feel able to attend court, fewer trials to fail because a victim withdraws and victims to feel informed and safe from charge to outcome. We also wanted a reliable way of hearing victims' views that would continue after the project.",
    approach:
      'Witness care officers ask every domestic abuse victim who gives evidence to complete a short survey, by phone or online, within a week of the trial. Results are reviewed monthly with the Crown Prosecution Service, the court service, the witness service and the local domestic abuse service. From early results, the unit introduced: a conversation about special measures within five days of charge, so applications are made early; an offer of a pre-trial visit to the court; arrangements for victims to arrive at a different time or entrance from the defendant; a named witness care officer who sends updates on the day of trial; and a call on the day of the verdict. Victims can make or update a victim personal statement with the witness care officer at any point before sentencing.',
    targetGroups: ['victims', 'witnesses'],
    partnerSectors: ['criminal-justice', 'voluntary-and-charity'],
    partners:
      'The Crown Prosecution Service; the court service; the witness service; a local specialist domestic abuse service; an independent research organisation that carried out the evaluation',
    startDate: '2018-10-01',
    endDate: null,
    resources:
      "One additional witness care officer at about £30,000 a year, funded by the Police and Crime Commissioner. Survey software costs £1,200 a year. The monthly review meeting takes about two hours of each partner's time. The independent evaluation cost £28,000.",
    implementationChallenges:
      'Court buildings vary, and some have no separate entrance or waiting area, so arrangements depend on goodwill from court staff. During the Covid-19 pandemic, trial backlogs meant many victims waited more than a year for trial, and some withdrew regardless of support. Sharing survey results between agencies needed an agreement on data handling.',
    lessonsLearned:
      'Asking every victim, not a sample, made the survey part of the routine and gave us enough responses to act on each month. Joint review with the prosecutor and court staff meant problems were fixed, not just noted. Early special measures applications made the biggest difference for victims.',
    evaluationMethod:
      'An independent research organisation analysed survey results, court outcome data and interviews with 30 victims and 15 professionals. It compared domestic abuse trials in the force area with two similar force areas over the same period.',
    evaluationResults:
      'The proportion of failed domestic abuse trials caused by victim withdrawal or non-attendance fell from 31% to 21%, while the comparison areas changed little. Victims who had a pre-trial visit were much more likely to say they felt prepared. Satisfaction with information on the trial outcome rose from 58% to 86%. The evaluation noted that court backlogs made long-term trends harder to interpret.',
    stage: 'independently-evaluated',
    outcome: 'worked',
    purposes: ['investigation'],
    topics: ['domestic-abuse', 'voice-of-the-victim', 'victims-and-witnesses'],
    recognition: ['hmicfrs'],
    scale: 'force-wide',
    visibility: 'public',
    submittedAt: '2022-07-18',
    voiceOfTheVictim: {
      howVictimsShapedIt:
        "Every change the unit has made came from what victims said in the post-trial survey. Their comments about meeting defendants led to separate arrival times; their confusion about screens led to the five-day special measures conversation. Results are reviewed monthly with partners, so victims' views continue to change practice, and the survey remains open to every domestic abuse victim who gives evidence.",
      rights: ['trial-information', 'victim-personal-statement', 'outcome-information', 'expenses-and-property'],
      beyondTheCode:
        'The Code entitles victims to information about the trial and its outcome. This work goes further by asking victims after the event what made giving evidence harder and then changing practice across agencies. The day-of-trial updates, pre-trial visits and separate arrivals are not required by the Code but came from victims, and the continuing survey means the service keeps adapting.',
    },
  },
  {
    title: 'Operation Harbour: daily domestic abuse triage with partners',
    organisation: 'cleveland',
    summary:
      "Every weekday morning, police, children's services, adult social care, health, housing and a specialist domestic abuse service meet for 45 minutes to review every domestic abuse incident from the previous 24 hours. Each case gets agreed actions and a named lead agency before the end of the meeting. Operation Harbour replaced a system in which referrals waited days in inboxes. An independent evaluation found that victims were contacted by support services far sooner and repeat incidents fell among standard and medium risk cases.",
    problem:
      'Before Operation Harbour, domestic abuse incidents rated as standard or medium risk were sent to partner agencies as written referrals. Each agency screened them separately, often days later, and nobody had a full picture. Children were sometimes known to one agency and invisible to another. High risk cases went to the multi-agency risk assessment conference, but that met only fortnightly. A review found that the average time from incident to first contact by a support service was nine days, and some victims with children were never contacted at all.',
    aims: 'To make sure that every domestic abuse incident reported to police is seen by the relevant agencies within one working day, so that victims and children receive the right support quickly and risk is assessed with all available information. We also wanted to reduce duplication between agencies, identify escalating cases earlier and free the risk assessment conference to focus on the highest risk cases.',
    approach:
      'A domestic abuse sergeant in the multi-agency safeguarding hub prepares a list of all incidents from the previous 24 hours, with Mondays covering the weekend. At 9.30am, representatives from each agency join in person or by video. They already have access to the list and check their own records beforehand. Each case is discussed for two to three minutes: agencies share what they know, agree the risk level and decide on actions, such as a support worker call, a school notification or a housing check. A named lead agency is recorded for each case. High risk cases can be referred to the risk assessment conference or an urgent strategy meeting on the same day. Actions are tracked on a shared spreadsheet and reviewed the following week.',
    targetGroups: ['victims', 'families', 'children-and-young-people'],
    partnerSectors: ['local-authority', 'health', 'housing', 'voluntary-and-charity'],
    partners:
      "The four unitary councils' children's services and adult social care; the acute hospital trust's safeguarding team; social housing providers; a specialist domestic abuse service",
    startDate: '2016-10-03',
    endDate: null,
    resources:
      "One sergeant and two police staff researchers in the safeguarding hub prepare and chair the meeting. Each partner commits one person for about an hour each weekday. The Police and Crime Commissioner funds £22,000 a year towards the domestic abuse service's attendance. There are no other direct costs.",
    implementationChallenges:
      'Partners were concerned about workload at first, particularly on Mondays. Information sharing needed a formal agreement signed by all agencies, which took four months. Some partners could not check their records before the meeting, and cases were deferred. Volume has grown by about 30% since the start, so the meeting has had to become more disciplined.',
    lessonsLearned:
      'Keep the meeting short and structured; a fixed time per case stops it overrunning. Named lead agencies are essential. The meeting works only if partners send people who can check records and commit their agency. Review actions weekly so cases do not drift.',
    evaluationMethod:
      'A university evaluation compared 1,200 standard and medium risk domestic abuse cases from the year before Operation Harbour with 1,200 from its second year. It measured time to first support contact and repeat incidents within six months, and interviewed 20 practitioners and 15 victims.',
    evaluationResults:
      'Average time from incident to first support contact fell from nine days to two. Repeat incidents within six months fell from 34% to 27% for medium risk cases and from 22% to 19% for standard risk cases. Practitioners reported better understanding between agencies. Victims valued quick contact, although some were surprised by how many agencies knew about them.',
    stage: 'independently-evaluated',
    outcome: 'worked',
    purposes: ['prevention'],
    topics: ['domestic-abuse', 'information-sharing', 'partnership-working'],
    recognition: ['hmicfrs'],
    scale: 'force-wide',
    visibility: 'public',
    submittedAt: '2019-03-14',
  },
  {
    title: 'Intensive case management for high-harm domestic abuse perpetrators',
    organisation: 'durham',
    summary:
      'A team of two police officers and three case workers from a domestic abuse perpetrator charity worked intensively with men identified as the most harmful serial domestic abuse perpetrators in the force area. Each man had a case worker who combined challenge and support, and police used enforcement whenever behaviour continued. Over three years, 96 perpetrators were managed. An independent evaluation found falls in police-recorded domestic abuse by those men, although the comparison group was small.',
    problem:
      'A small number of perpetrators account for a large share of domestic abuse. An analysis of five years of data found that 150 men were linked to 1,800 incidents against more than 400 victims. Most had never taken part in any programme, because they had not been convicted of an offence that led to one, or had refused. Police work focused on protecting each victim in turn, while the perpetrator moved on to new partners. The multi-agency risk assessment conference dealt with victims, not with perpetrators.',
    aims: 'To reduce domestic abuse by the most harmful serial perpetrators, and so protect current and future partners and children. We aimed to combine a case worker who could help perpetrators address their behaviour and the problems underlying it, such as substance misuse or housing, with a clear police response to any further offending. We also wanted to build evidence on what works with this group, which had rarely been the focus of intervention in the force area.',
    approach:
      "Analysts identified candidates using a score combining frequency, severity and number of victims. A monthly panel of police, probation, the charity and children's services agreed which men to take on. Each was assigned a case worker with a caseload of about eight, who made contact and worked with him weekly, using motivational methods and practical help. Participation was voluntary, but men were told clearly that police would use every available power if abuse continued. Two dedicated officers pursued outstanding offences, bail breaches and civil orders where appropriate. An independent domestic violence adviser supported each man's current and former partners. Information from the case worker was shared with the adviser when it affected victim safety.",
    targetGroups: ['offenders', 'victims', 'families'],
    partnerSectors: ['voluntary-and-charity', 'criminal-justice', 'local-authority'],
    partners:
      "A domestic abuse perpetrator programme charity; the probation service; the county council's children's services; an independent domestic violence adviser service",
    startDate: '2018-01-08',
    endDate: '2021-03-31',
    resources:
      "About £310,000 a year, mostly from a Home Office innovation fund, covering three case workers, a team manager, an independent domestic violence adviser and evaluation. Two constables and part of a detective sergeant's time were funded by the force.",
    implementationChallenges:
      'About a third of men refused to engage at first, and some only engaged after enforcement. Case workers found it hard to balance support with challenge, especially where perpetrators tried to present themselves as victims. Sharing information with probation was slower than planned. The Covid-19 pandemic moved most contact to phone calls for the final year.',
    lessonsLearned:
      'Pair the case worker with real enforcement; each made the other more effective. Keep caseloads small. Involve the victim support service from the start so perpetrator work never takes priority over victim safety. Secure longer-term funding early: when the grant ended, we could not keep the team.',
    evaluationMethod:
      'An independent evaluation team compared police-recorded domestic abuse involving the 96 participants with a matched group of 60 similar perpetrators in a neighbouring area over 12 months. It also interviewed participants, victims and staff.',
    evaluationResults:
      'Police-recorded domestic abuse by participants fell by 42% over a year, compared with 18% in the comparison group. The number of high risk victims linked to participants fell from 71 to 34. Victims interviewed described mixed experiences; some said the abuse had changed form rather than stopped. The evaluators rated the evidence as promising because the comparison group was small and not randomly selected.',
    stage: 'independently-evaluated',
    outcome: 'promising',
    purposes: ['reoffending'],
    topics: ['domestic-abuse'],
    recognition: ['innovation-funded'],
    scale: 'force-wide',
    visibility: 'public',
    submittedAt: '2021-09-22',
  },
  {
    title: 'Youth workers in emergency departments diverting young people from violence',
    organisation: 'greater-manchester',
    summary:
      'Two youth workers were based in a hospital emergency department on evenings and weekends to meet young people aged 11 to 25 who had been injured by knives, assaults or other violence. They offered support at what is often called a teachable moment, then kept working with the young person in the community for up to six months. In two years, 480 young people were offered support and 312 accepted. Readmissions for violent injury fell among those who engaged.',
    problem:
      'Young people injured by violence were treated in the emergency department and discharged, often within hours, with no follow-up. Many did not want to talk to police and were not known to youth services. Hospital data showed that about one in five young people attending with a violent injury returned with another within a year. Police intelligence suggested many were involved in group rivalries and at risk of retaliation, either as victims or perpetrators.',
    aims: 'To offer every young person attending the emergency department with a violent injury the chance to talk to a trusted youth worker who is not police, and to reduce their risk of being hurt again or hurting someone else. We wanted to link them with education, employment, housing and mental health support, and to improve information for police and partners about patterns of violence that never reached crime records.',
    approach:
      'A youth charity placed two experienced youth workers in the emergency department from 4pm to midnight, Thursday to Sunday. Clinical staff told them about any young person with a violent injury. The youth worker introduced themselves, explained that they were independent of police and offered a conversation. Many first meetings took place at the bedside. Those who agreed were offered up to six months of support: regular contact, mentoring, help with school or college, and referrals to specialist services. With consent, anonymised information about where and when injuries occurred was shared with the police violence reduction team to inform patrols. Youth workers were trained in hospital procedures and safeguarding, and had a named consultant as their clinical contact.',
    targetGroups: ['children-and-young-people', 'victims', 'people-at-risk-of-offending'],
    partnerSectors: ['health', 'voluntary-and-charity', 'local-authority'],
    partners:
      "The acute hospital trust's emergency department; a youth charity; the city council's youth justice service",
    startDate: '2017-05-01',
    endDate: '2019-03-31',
    resources:
      'Two youth workers and part of a supervisor, about £95,000 a year, funded jointly by the Police and Crime Commissioner and the hospital charity. Hospital staff time for referrals was absorbed. A police analyst gave about two days a month to mapping the shared data. The evaluation cost £25,000.',
    implementationChallenges:
      "Some clinical staff did not refer consistently at first, especially during busy periods. Young people were often discharged before the youth worker arrived. Data sharing was complicated, and anonymised data arrived weeks late. Some young people's parents did not want them involved. Funding was secured for only two years, which made recruitment and retention difficult.",
    lessonsLearned:
      'Youth workers must be visibly separate from police to be trusted. Clinical champions who remind colleagues to refer make a big difference. Follow-up in the community is as important as the first meeting. Secure funding for at least three years before starting.',
    evaluationMethod:
      'Researchers from a university public health department compared emergency readmissions for violent injury among 312 young people who engaged with those who declined, adjusting for age, sex and previous attendances. They also interviewed 25 young people and 18 hospital staff.',
    evaluationResults:
      "Within 12 months, 8% of young people who engaged returned with a new violent injury, compared with 19% of those who declined. Police-recorded involvement in violent offences was also lower among those who engaged. The researchers noted that those who agreed may have been more motivated to change. Young people valued the youth workers' independence from police.",
    stage: 'independently-evaluated',
    outcome: 'worked',
    purposes: ['diversion'],
    topics: ['serious-violence', 'early-intervention'],
    recognition: [],
    scale: 'local',
    visibility: 'public',
    submittedAt: '2019-11-05',
  },
  {
    title: 'Exploitation referral pathway for pupils excluded from school',
    organisation: 'merseyside',
    summary:
      'Children permanently excluded from school are at much higher risk of being drawn into county lines drug dealing. A pathway agreed between the police, the council and pupil referral units means every excluded pupil is screened for signs of exploitation within ten school days. Where concerns are found, the child is offered a mentor from a youth charity and a joint visit by a youth worker and a neighbourhood officer. In its first year, 143 pupils were screened and 41 received support.',
    problem:
      'Police intelligence linked a high proportion of children arrested for drug supply on county lines to permanent exclusion from school. Excluded children spend long periods unsupervised, often before a new school place is arranged, and those exploiting them target that gap. Schools, the council and police each held part of the picture, but there was no agreed process for sharing concerns when a child was excluded. Children often came to police attention only when they were found in another force area.',
    aims: "To identify children at risk of criminal exploitation at the point of exclusion, before they are drawn further in, and to offer them support that helps them stay safe and return to education. We wanted the child's own account of their situation to be central to any plan. We also wanted to improve information sharing between schools, the council and police so that no excluded child is missed.",
    approach:
      "When a pupil is permanently excluded, the council's exclusions team notifies the exploitation hub within two days. Within ten school days, a youth worker meets the child at the pupil referral unit and completes a screening conversation, covering friendships, money, travel and phone use, with space for the child to describe things in their own words. The hub's police officer checks intelligence systems. If concerns are identified, the child is offered a mentor from a youth charity, who works with them for up to six months. Where there are stronger concerns, a youth worker and a neighbourhood officer make a joint visit to the family. Children assessed as at high risk are referred to a multi-agency exploitation meeting.",
    targetGroups: ['children-and-young-people', 'families', 'people-at-risk-of-offending'],
    partnerSectors: ['education', 'local-authority', 'voluntary-and-charity'],
    partners:
      "The city council's exclusions and children's services teams; two pupil referral units; a youth mentoring charity",
    startDate: '2019-09-02',
    endDate: null,
    resources:
      'One youth worker post, about £32,000 a year, funded by the violence reduction partnership. Mentoring is provided by the charity at £1,200 per child. A detective constable in the exploitation hub spends around a day a week on the pathway.',
    implementationChallenges:
      'Notifications from schools were sometimes delayed, especially for academies. Some parents refused to engage, fearing that police involvement would lead to their child being criminalised. The Covid-19 lockdown disrupted meetings at pupil referral units. We also found that many children at risk were not permanently excluded but on reduced timetables or in alternative provision, so were missed by the pathway.',
    lessonsLearned:
      'Make the screening conversation led by a youth worker, not an officer: children speak more openly. Give the child space to describe their own situation. Extend the pathway to cover children on reduced timetables, which we are now doing. Clear agreements with academies are essential.',
    evaluationMethod:
      'We tracked all 143 children screened in the first year, recording police contact, arrests and missing episodes over the following 12 months, and compared this with excluded children in the two previous years. Youth workers also gathered feedback from 22 children who received mentoring.',
    evaluationResults:
      'Arrests for drug supply offences among excluded children fell from 23 in the comparison year to 11. Missing episodes fell by about a quarter. Eighteen of the 22 children interviewed said their mentor had helped. The numbers are small, and a fall in exclusions during lockdown makes comparison difficult, so we describe the results as promising.',
    stage: 'evaluated-locally',
    outcome: 'promising',
    purposes: ['diversion', 'prevention'],
    topics: ['child-criminal-exploitation', 'early-intervention', 'voice-of-the-child'],
    recognition: [],
    scale: 'local',
    visibility: 'public',
    submittedAt: '2020-10-13',
  },
  {
    title: 'Fast-track clinic for stalking protection order applications',
    organisation: 'cheshire',
    summary:
      'When stalking protection orders became available in 2020, few officers had applied for one and applications took weeks. A weekly clinic run by a detective sergeant and a force solicitor now helps investigating officers prepare applications, often within days of a referral. Over ten months, the force obtained 47 interim or full orders, compared with three in the previous six months. Breaches were mostly detected and prosecuted, and victims said the orders gave them some relief.',
    problem:
      "Stalking protection orders were new, and officers were unfamiliar with the process. Applications had to be made to a magistrates' court by the chief constable, which involved the force's legal team, and the paperwork was complex. Officers lacked confidence in the evidence needed and applications were often abandoned. In the first six months of availability, the force applied for only three orders, while several hundred stalking crimes were recorded. Victims supported by the local stalking advocacy service asked why orders were not being sought.",
    aims: 'To make stalking protection orders a routine option in suitable stalking cases, with applications made quickly enough to protect victims at the time they most need it. We wanted to build officer confidence, improve the quality of applications and make sure conditions in orders were tailored to each victim and suspect. We also wanted to monitor orders so that breaches were acted on quickly.',
    approach:
      'A detective sergeant from the public protection unit and a force solicitor hold a weekly clinic, online and in person, where investigating officers bring cases they think may be suitable. Together they assess whether the legal test is met, identify gaps in evidence and draft the application and conditions. Urgent cases can be taken outside the clinic. A template bundle and a checklist reduce preparation time. Victims are asked, through their stalking advocate, which conditions would make them feel safer. Once an order is granted, it is recorded on police systems with a flag, and the neighbourhood team is briefed. A monthly review checks every active order for breaches or the need to vary conditions.',
    targetGroups: ['victims', 'offenders', 'police-officers-and-staff'],
    partnerSectors: ['criminal-justice', 'voluntary-and-charity'],
    partners: "Magistrates' courts; a local stalking advocacy service",
    startDate: '2020-06-01',
    endDate: '2021-03-31',
    resources:
      'About a day a week each from a detective sergeant and a force solicitor. Court fees and legal costs averaged about £400 per application, met from the public protection budget. The template bundle and checklist were written in-house.',
    implementationChallenges:
      "Court listing delays varied across the county. Some officers treated the clinic as a route to hand over cases rather than to get advice. Interim orders were sometimes granted without conditions that reflected the victim's routine, because advocates were not contacted in time. The clinic ended as a separate arrangement when its work was absorbed into a new stalking team.",
    lessonsLearned:
      "Pairing an experienced detective with a lawyer gave officers confidence quickly. Templates reduce time, but conditions must be tailored. Involve the victim's advocate in drafting conditions. Monitor active orders; otherwise breaches can go unnoticed.",
    evaluationMethod:
      'We compared the number of orders applied for and obtained, the time from referral to application and breaches detected in the ten months of the clinic with the previous six months. The stalking advocacy service surveyed 19 victims with orders.',
    evaluationResults:
      'The force obtained 47 orders over ten months, compared with three in the previous six. Median time from referral to application fell from 34 days to 8. Breaches were recorded against 15 orders, and 12 were charged. Of 19 victims surveyed, 14 said the order made them feel safer, though several said that breaches continued.',
    stage: 'evaluated-locally',
    outcome: 'worked',
    purposes: ['investigation'],
    topics: ['stalking-and-harassment'],
    recognition: [],
    scale: 'force-wide',
    visibility: 'public',
    submittedAt: '2021-05-18',
  },
  {
    title: 'Joint port checks for trafficking victims arriving by ferry',
    organisation: 'humberside',
    summary:
      'Intelligence suggested that some people arriving at the port as foot or vehicle passengers were being brought in for labour and sexual exploitation. Police, Border Force, the port authority and a local anti-slavery charity began joint checks on selected arrivals. Officers use a short conversation to look for signs of control, and a charity worker is on site to offer support away from uniform. The approach started in 2023 and is still being developed.',
    problem:
      'Potential victims of trafficking arriving at the port often travel with a controller, hold documents that seem in order and have been coached on what to say. Border checks focus on immigration status, and port police focus on security. Intelligence from later investigations showed that several victims identified inland had arrived through the port, but none had been identified on arrival. Each agency held part of the picture, but no joint approach existed.',
    aims: 'To identify potential victims of trafficking at the port, at the point when they may be most able to ask for help, and to offer them safety and support. We also aim to gather intelligence about the networks bringing people in, without alerting controllers. We want potential victims to be treated as victims from the start, and to avoid enforcement action that drives exploitation further underground.',
    approach:
      "On around six days a month, selected using intelligence and crossing patterns, officers from the port policing team, Border Force staff and a charity worker work together at the arrivals area. Officers are trained to look for signs such as one person holding others' documents, travellers who appear not to know their destination or people who are watched closely by companions. Passengers of interest are spoken to separately wherever possible, using a short conversation guide and professional interpreters by phone. Anyone who may be a victim is offered a private conversation with the charity worker. Intelligence is shared with the regional organised crime unit. Details of selection methods are restricted.",
    targetGroups: ['victims', 'adults'],
    partnerSectors: ['other-police-forces', 'voluntary-and-charity', 'business'],
    partners: 'Border Force; the port authority; a local anti-slavery charity; the regional organised crime unit',
    startDate: '2023-03-01',
    endDate: null,
    resources:
      'Two constables and a sergeant from the port policing team for about six days a month. The charity worker is funded through a local grant of £15,000 a year. Interpreters are paid from the force budget. Border Force provides staff at its own cost.',
    implementationChallenges:
      'Separating passengers from companions without causing suspicion is difficult. Legal powers differ between agencies and need careful coordination. Interpreting for some languages is slow. Few potential victims have been identified so far, and it is hard to know whether this reflects low numbers or checks that are missing people.',
    lessonsLearned:
      'Having a charity worker on site changes the conversation; people are more willing to talk away from uniform. Joint briefings before each deployment help agencies agree roles. We need better ways to measure what we are missing.',
    evaluationMethod: null,
    evaluationResults: null,
    stage: 'untested',
    outcome: 'new-or-innovative',
    purposes: ['location', 'investigation'],
    topics: ['modern-slavery', 'partnership-working'],
    recognition: [],
    scale: 'local',
    visibility: 'policing',
    submittedAt: '2023-11-07',
  },
  {
    title: 'Volunteer telephone befriending to prevent repeat scam victimisation',
    organisation: 'north-yorkshire',
    summary:
      'To reduce repeat victimisation among older people who had lost money to scams, we recruited volunteers to make weekly befriending calls for three months, offering a friendly voice and reminders about common frauds. Only a small proportion of those offered the service accepted, many dropped out and we could not show any reduction in repeat victimisation. We ended the pilot after a year. We share it because the idea is often suggested, and we learned a lot about why it did not work.',
    problem:
      'Older and isolated residents are targeted repeatedly by fraudsters, and some are on lists that are sold between criminal groups. We found that about one in four older people referred to us after losing money were targeted again within a year. Many lived alone in rural areas, and fraudsters had exploited their loneliness. Existing support consisted of a single visit or call, and we had no ongoing contact with them.',
    aims: 'To reduce the number of older scam victims who were defrauded again by offering regular, friendly contact from a trained volunteer. We hoped weekly calls would reduce isolation, provide reminders about current scams and give people someone to check with before responding to an unexpected approach. We also hoped to reduce loneliness, which we believed made people more vulnerable to approaches from fraudsters.',
    approach:
      "Fraud victims aged 65 or over referred to the force by the national fraud reporting centre were offered weekly calls from a volunteer for three months. Twenty-two volunteers were recruited through the force's existing volunteer scheme and trained in a half-day session on fraud types, safeguarding and listening. Calls lasted around 20 minutes and followed a loose structure: a general chat, a question about any unexpected contacts and a reminder about one current scam. Volunteers reported concerns to the fraud safeguarding officer. The offer was made by letter and then a follow-up call from a member of police staff.",
    targetGroups: ['older-people', 'victims'],
    partnerSectors: ['voluntary-and-charity', 'local-authority'],
    partners:
      "The force's volunteer scheme; a county-wide older people's charity; the county council's trading standards team",
    startDate: '2018-09-01',
    endDate: '2019-08-31',
    resources:
      'A fraud safeguarding officer, a police staff post, spent about a third of their time coordinating. Volunteer expenses and phone costs came to £3,500. Training was delivered by trading standards at no charge.',
    implementationChallenges:
      'Most people declined. Several said they were suspicious of an unexpected call offering friendship, which is exactly what fraudsters do. Others felt patronised, or did not consider themselves lonely. Volunteers found it hard to sustain conversations with people they had never met, and some volunteers left. The letter from police caused anxiety for some recipients.',
    lessonsLearned:
      'Offering unsolicited phone contact to people who have been defrauded by phone was a flawed idea: we were asking them to trust the very approach we had told them to distrust. Existing befriending services run by trusted local charities are better placed, and we now refer to them. We should have tested the offer with victims before launching.',
    evaluationMethod:
      'We recorded uptake, the number of calls completed and repeat fraud reports for everyone offered the service over 12 months, comparing those who accepted with those who declined. We also gathered feedback from participants and volunteers.',
    evaluationResults:
      'Of 240 people offered the service, 31 accepted and 14 completed three months. Repeat fraud reports among those who took part were similar to those who declined, at around one in four. The numbers were too small to draw firm conclusions, but there was no sign of benefit. Participants who stayed enjoyed the calls, and volunteers found the work rewarding.',
    stage: 'evaluated-locally',
    outcome: 'did-not-work',
    purposes: ['prevention'],
    topics: ['fraud-against-vulnerable-people', 'adults-at-risk'],
    recognition: [],
    scale: 'force-wide',
    visibility: 'public',
    submittedAt: '2019-10-30',
  },
  {
    title: 'Mental health practitioners in the control room for crisis calls',
    organisation: 'south-yorkshire',
    summary:
      'Three mental health practitioners from the local NHS trust work in the force control room from 10am to 2am, taking calls involving people in mental health crisis, giving advice to officers and arranging health responses where police are not needed. In 18 months, they handled 7,400 incidents. An independent evaluation found fewer police deployments and fewer detentions under section 136 of the Mental Health Act, with no rise in harm. The scheme continues in a revised form after the pilot.',
    problem:
      'Around one in six calls to the force involved mental health concerns. Many required a health response rather than police, but call handlers had little choice but to send officers. Officers spent long hours waiting with people in crisis at emergency departments and sometimes detained people under section 136 because no other option was available. People in crisis told a local mental health charity that police attendance made them more distressed, and some felt criminalised.',
    aims: 'To make sure people in mental health crisis who contact police receive the right response from the right service, quickly. We aimed to reduce unnecessary police deployments and detentions under section 136, to give officers expert advice when they do attend and to improve the experience of people in crisis. We also wanted to reduce the time officers spend waiting in health settings.',
    approach:
      "Three practitioners, from mental health nursing, social work and occupational therapy backgrounds, work in the control room on a rota from 10am to 2am, seven days a week. They can view the trust's clinical records and the force's incident logs. Call handlers refer incidents with a mental health element; practitioners speak to the caller where appropriate, check records and advise on the response. Options include a call from a crisis team, a visit from the trust's home treatment team, advice to a GP or a police deployment with clinical advice. Officers at scenes can call a practitioner for advice before deciding on a section 136 detention. All decisions are recorded on the incident log.",
    targetGroups: ['adults', 'police-officers-and-staff'],
    partnerSectors: ['health'],
    partners:
      'The regional mental health NHS trust; the ambulance service; a university health research unit that carried out the evaluation',
    startDate: '2021-04-01',
    endDate: '2022-09-30',
    resources:
      'About £210,000 a year for the practitioners, split between the force and the NHS trust. Additional IT access cost £8,000. The evaluation was funded separately by a university research grant, so it did not fall on either budget.',
    implementationChallenges:
      'Agreeing access to clinical and police systems took months. Overnight demand outstripped capacity after 2am. Some officers felt their judgement was overruled; practitioners had to make clear that decisions on the ground were for the officer. National guidance on police responses to mental health calls changed during the pilot, which altered demand.',
    lessonsLearned:
      'Access to both records systems is essential. Staff with a variety of professional backgrounds offered useful perspectives. Clarify early who owns decisions. Consider overnight cover; peaks often came after midnight.',
    evaluationMethod:
      'A university health research unit compared mental health incidents during the pilot with the previous 18 months, measuring deployments, section 136 detentions and officer time. It also interviewed 22 service users and 30 staff.',
    evaluationResults:
      'Police deployments to mental health incidents fell by 26%, and section 136 detentions fell by 31%. Officer time spent in health settings fell by about 3,000 hours a year. There was no increase in serious incidents among people who did not receive a police response. Service users were generally positive, though some said they had not realised they were speaking to a health practitioner.',
    stage: 'independently-evaluated',
    outcome: 'promising',
    purposes: ['organisational'],
    topics: ['mental-health', 'partnership-working'],
    recognition: [],
    scale: 'force-wide',
    visibility: 'public',
    submittedAt: '2023-02-14',
  },
  {
    title: 'Location reviews for children repeatedly missing from residential care',
    organisation: 'derbyshire',
    summary:
      "A small number of children's homes generated a large share of missing reports, and several children going missing from them were being sexually exploited. Using a problem-solving approach, the force, the county council and home providers mapped where children went when missing, who they met and how they travelled. Targeted action at three locations, changes to home routines and disruption of adults involved led to a 38% fall in missing episodes from the homes and several prosecutions for exploitation.",
    problem:
      "In 2016, 12 children's homes accounted for nearly 40% of missing reports for children in the county. Staff reported children as missing as soon as they were late, as their policies required, and officers spent many hours searching. Return interviews showed that children went to the same few places: a takeaway in one town, a park, a particular house and a railway station. Several were being given alcohol, cannabis and lifts by adult men. Missing reports were treated as individual incidents, and the pattern was not addressed.",
    aims: 'To reduce the number of times children went missing from residential homes and, more importantly, to reduce the risk of sexual exploitation they faced while missing. We wanted to understand the places and people involved, disrupt adults exploiting children and help homes respond in ways that kept children safe without reporting every late return as a missing episode. We also wanted to reduce time spent by officers on searches that did not address the underlying risk.',
    approach:
      "A sergeant and an analyst led a problem-solving project using the SARA model. They mapped three years of missing reports and return interviews and identified four key locations and 23 adults repeatedly linked to missing children. Actions included licensing reviews and staff training at the takeaway, improved lighting and patrols at the park, child abduction warning notices to adults, and joint work with transport staff at the station. With the county council and home providers, the team agreed a protocol allowing staff to make reasonable enquiries before reporting a child missing, with clear risk thresholds. Children's views from return interviews were used to design activities in the homes at the times children were most likely to leave. Missing reports from the homes were reviewed monthly.",
    targetGroups: ['children-and-young-people', 'victims'],
    partnerSectors: ['local-authority', 'business', 'voluntary-and-charity'],
    partners:
      "The county council's children's services and licensing teams; independent children's home providers; a children's charity that carries out return interviews; the railway operator",
    startDate: '2017-02-01',
    endDate: '2020-01-31',
    resources:
      'A sergeant and an analyst for about half their time over the first year, then monthly review meetings. Lighting improvements cost £7,000, paid by the district council. Neighbourhood officers carried out patrols within normal duties.',
    implementationChallenges:
      'Some home providers were reluctant to change policies for fear of criticism if a child came to harm. Staff turnover in homes meant training had to be repeated. Children moved between homes and counties, so some risk followed them. Prosecutions took a long time and depended on children who were often unwilling to give evidence.',
    lessonsLearned:
      'Treating missing reports as a problem linked to places and people, rather than as separate incidents, changed everything. Return interviews are a rich source of information when analysed together. Protocols with homes must be agreed at senior level so staff feel supported. Keep the monthly review going; problems return when attention moves elsewhere.',
    evaluationMethod:
      "We compared missing episodes from the 12 homes in the year before and the second year of the project and tracked disruption and prosecution outcomes. The children's charity analysed themes from return interviews across both periods.",
    evaluationResults:
      "Missing episodes from the homes fell by 38%, from 1,140 to 707. Officer hours spent on searches fell by about 2,600 hours. Child abduction warning notices were issued to 17 adults, and four were later charged with sexual offences against children. Return interviews showed fewer references to the four locations. Missing reports from other children's homes across the county did not fall.",
    stage: 'evaluated-locally',
    outcome: 'worked',
    purposes: ['location'],
    topics: ['missing-people', 'child-sexual-abuse-and-exploitation'],
    recognition: ['tilley-award'],
    scale: 'force-wide',
    visibility: 'public',
    submittedAt: '2020-03-03',
  },
  {
    title: 'Outreach to seasonal agricultural workers at risk of labour exploitation',
    organisation: 'lincolnshire',
    summary:
      "Each summer, thousands of seasonal workers come to the county to work on farms and in food packing. Some are exploited by gangmasters or housing providers. Police, a migrant workers' charity and the labour licensing authority run joint outreach sessions at caravan sites, shared houses and community venues, with information in seven languages and confidential conversations away from employers. The work started in 2024 and has not yet been evaluated, but early contacts have led to several referrals.",
    problem:
      'Seasonal workers are at particular risk of labour exploitation. They may owe debts for travel and recruitment, live in housing provided by the employer and speak little English. In a review of labour exploitation investigations, most victims had never heard of the police or charity support services and believed that complaining would lead to deportation or losing their housing. Referrals from farms and packhouses were rare, and most information came from anonymous tips long after the workers had left.',
    aims: 'To make sure seasonal workers know their rights, know how to get help and feel able to report exploitation without fear. We want to identify exploitation while workers are still in the county, so that victims can be supported and those responsible pursued. We also aim to build trust between police and migrant worker communities, and to work with employers who want to prevent exploitation in their supply chains.',
    approach:
      "Between May and October, a neighbourhood officer, a charity outreach worker and, where possible, a labour licensing inspector visit caravan sites, shared houses and community venues such as churches and shops, usually on weekday evenings and Sunday afternoons. They give out cards in seven languages with a free phone number and the charity's contact details. Conversations are informal, and the charity worker takes the lead. Workers can talk confidentially to the charity rather than police. Concerns about pay, housing or debt are passed to the licensing authority or the council's housing team, and possible exploitation is referred to the force's modern slavery team. Employers who sign a voluntary charter allow sessions on site.",
    targetGroups: ['adults', 'victims', 'communities'],
    partnerSectors: ['voluntary-and-charity', 'business', 'local-authority'],
    partners:
      "A migrant workers' charity; the labour licensing authority; district councils' housing standards teams; farms and packhouses that signed the voluntary charter",
    startDate: '2024-04-01',
    endDate: null,
    resources:
      'One neighbourhood officer for about two evenings a week during the season. The charity outreach worker is funded through a £21,000 grant from the Police and Crime Commissioner. Cards and translations cost £1,800.',
    implementationChallenges:
      'Some site owners refused access. Workers were wary of anyone associated with police, and many conversations were cut short when supervisors appeared. Finding interpreters for evening sessions was difficult. Measuring impact is hard because workers move on quickly.',
    lessonsLearned:
      'Let the charity lead conversations; uniformed officers in the background are better than the front. Visiting on Sundays reaches more people. Follow up every concern, however small, because word spreads within communities about whether reporting leads anywhere.',
    evaluationMethod:
      'We are recording contacts, referrals and outcomes for each session and will compare labour exploitation reports from seasonal workers with previous seasons after two full seasons.',
    evaluationResults: null,
    stage: 'untested',
    outcome: 'promising',
    purposes: ['prevention'],
    topics: ['modern-slavery', 'partnership-working'],
    recognition: [],
    scale: 'local',
    visibility: 'public',
    submittedAt: '2025-01-21',
  },
  {
    title: 'Domestic abuse specialists embedded in maternity services',
    organisation: 'northamptonshire',
    summary:
      "Pregnancy is a time when domestic abuse often starts or gets worse, and many victims see a midwife more often than any other professional. A specialist domestic abuse adviser now works alongside midwives at the county's main maternity unit, with a police officer as a named contact for advice and fast-track reporting. Midwives can refer women directly, and the adviser can meet victims privately during routine appointments. The scheme began in 2025 and has not yet been evaluated.",
    problem:
      'Midwives routinely ask pregnant women about domestic abuse, but partners often attend appointments, and women disclose rarely. When disclosures happened, midwives were unsure what to do next and referrals to police and support services were slow. Police data showed that a significant number of high risk domestic abuse victims were pregnant or had recently given birth, but few had been referred by health services. Some women later told advocates they had wanted to say something at the hospital but did not know who to tell.',
    aims: "To give pregnant women experiencing domestic abuse a safe and immediate route to specialist support through maternity services, and to make it easier to involve police where the woman wants it or where risk is high. We also aim to increase midwives' confidence in asking about abuse and responding to disclosures, and to strengthen links between maternity services, the domestic abuse service and police.",
    approach:
      "A specialist domestic abuse adviser, employed by a local charity, is based in the maternity unit three days a week. Midwives ensure every woman has at least one appointment alone and use a discreet referral route. The adviser meets women in clinic rooms under the cover of routine appointments. A domestic abuse officer from the force's safeguarding team is the named police contact, available for advice, to take reports quickly and to arrange for officers in plain clothes to attend if needed. Where children or unborn babies may be at risk, the adviser and officer link with children's services. The adviser also delivers short training sessions for midwives.",
    targetGroups: ['victims', 'families', 'adults'],
    partnerSectors: ['health', 'voluntary-and-charity', 'local-authority'],
    partners:
      "The hospital trust's maternity services; a local specialist domestic abuse charity; the county council's children's services",
    startDate: '2025-02-03',
    endDate: null,
    resources:
      'The adviser post costs about £34,000 a year, funded jointly by the hospital trust and the Police and Crime Commissioner for two years. The domestic abuse officer spends around four hours a week on the scheme. Training for midwives uses existing study days.',
    implementationChallenges:
      "Finding private rooms in a busy maternity unit has been hard. Midwives worry about the time needed for referrals during short appointments. Some women are reluctant to engage because they fear children's services involvement. Arranging appointments alone is difficult when partners insist on attending.",
    lessonsLearned:
      'Early indications are that being on site makes a big difference: midwives approach the adviser informally. The police role needs to be clearly explained so women do not assume that talking to the adviser means a police report. Engage senior midwives early.',
    evaluationMethod: null,
    evaluationResults: null,
    stage: 'untested',
    outcome: 'new-or-innovative',
    purposes: ['prevention'],
    topics: ['domestic-abuse', 'partnership-working', 'early-intervention'],
    recognition: [],
    scale: 'local',
    visibility: 'public',
    submittedAt: '2025-09-16',
  },
  {
    title: 'Anonymous online grooming reporting app for secondary pupils',
    organisation: 'staffordshire',
    summary:
      'We commissioned an app that let secondary school pupils report online grooming, sextortion and sharing of images anonymously to a police team, supported by assemblies in 40 schools. Over 14 months the app received 61 reports, most of them not about grooming, and downloads fell away quickly. It did not lead to any safeguarding outcomes that would not have happened otherwise. We have stopped it and put the money into training school staff, whom pupils told us they would rather talk to.',
    problem:
      'Police and schools believed that online grooming and image-based abuse of children were widely under-reported. Surveys of pupils suggested many had received sexual messages from adults or been asked for images, but few told anyone. Teachers said pupils feared getting into trouble or losing their phones. Reports that did reach police often came late, after images had been shared widely. We thought an anonymous, phone-based route might help children report earlier.',
    aims: 'To give children a safe, anonymous and easy way to report online grooming and image-based abuse, so that police and schools could intervene earlier, protect children and identify offenders. We hoped to reach pupils who would not talk to an adult. We also intended to use the reports to understand trends, identify platforms of concern and improve prevention messages in schools.',
    approach:
      "A local software company built an app, and the force's online child exploitation team monitored reports during office hours, with out-of-hours reports routed to the control room. Pupils could submit text and screenshots without giving their name, and could choose to start a chat with an officer. Officers and school staff delivered assemblies in 40 secondary schools introducing the app, with posters and cards. Reports that raised safeguarding concerns were passed to the designated safeguarding lead at the school where the pupil could be identified, or investigated where an offender could be traced.",
    targetGroups: ['children-and-young-people', 'victims'],
    partnerSectors: ['education', 'business'],
    partners: 'Forty secondary schools and academies; a local software company that built and hosted the app',
    startDate: '2019-01-07',
    endDate: '2020-03-20',
    resources:
      'The app cost £46,000 to build and £9,000 a year to host, funded by the Police and Crime Commissioner. Two detective constables from the online child exploitation team monitored reports alongside other work. Assemblies took about 120 officer hours.',
    implementationChallenges:
      'Downloads peaked after each assembly and fell within weeks. Most reports were about bullying or arguments between pupils. Anonymous reports often lacked the detail needed to identify a child or offender. Pupils told us they did not want a police app on their phones, fearing parents or friends would see it. School closures during the Covid-19 pandemic ended assemblies.',
    lessonsLearned:
      'We built a solution before asking pupils what they wanted. When we did ask, most said they would tell a trusted adult if they believed that adult would not overreact. Anonymous reporting rarely provides enough information to safeguard a child. We now fund training for school staff on responding calmly to disclosures, and we use existing national reporting routes rather than our own app.',
    evaluationMethod:
      'We analysed all 61 reports and their outcomes, downloads over time and feedback from 320 pupils in eight schools collected through a short survey, and interviewed designated safeguarding leads in ten schools.',
    evaluationResults:
      'Of 61 reports, 11 related to online grooming or image-based abuse; only three contained enough information to act on, and in each case the child had also told a teacher. Downloads fell by 90% within two months of assemblies. In the survey, 68% of pupils said they would prefer to tell a trusted adult, and only 9% said they would use a police app.',
    stage: 'evaluated-locally',
    outcome: 'did-not-work',
    purposes: ['prevention'],
    topics: ['online-harms', 'child-sexual-abuse-and-exploitation', 'voice-of-the-child'],
    recognition: [],
    scale: 'force-wide',
    visibility: 'public',
    submittedAt: '2020-11-24',
  },
  {
    title: 'Shared screening tool for adult safeguarding concerns',
    organisation: 'warwickshire',
    summary:
      'Police officers were sending large numbers of adult safeguarding concerns to the county council, most of which did not meet the threshold for a safeguarding enquiry. Police and council staff designed a shared screening tool and joint triage desk so that officers now describe the risk in a consistent way and concerns go to the right service. Referrals meeting the threshold are identified faster, and low-level concerns are redirected to community support. Screening time has halved.',
    problem:
      "Officers submitted around 9,000 adult concern forms a year to the council's adult social care team. Many described people who were lonely, had minor health issues or had been involved in a single incident. Fewer than one in ten led to a safeguarding enquiry. Social workers spent hours screening forms, and serious cases were sometimes missed in the volume. Officers did not hear what happened to their concerns and felt that submitting forms was pointless, but were worried about criticism if they did not.",
    aims: 'To make sure adults at risk of abuse or neglect are identified quickly and referred to the right service, while reducing the number of concerns that require no safeguarding action. We aimed to give officers a simple, shared way of describing risk, using the same language as the council, and to give them feedback on what happened. We also wanted to reduce the time both organisations spent processing forms.',
    approach:
      "Police and council staff designed a screening tool built into the officer's mobile form. It asks about care and support needs, whether the person is experiencing or at risk of abuse or neglect, and whether they can protect themselves, mirroring the statutory criteria. Officers then choose from three routes: a safeguarding concern for the council, a referral to a community support service such as a befriending or housing service, or no further action with a record of why. A joint triage desk, staffed by a police researcher and a council social worker, reviews all safeguarding concerns within 24 hours, checks both records and agrees next steps. Officers receive an automated outcome message within a week.",
    targetGroups: ['adults', 'older-people', 'police-officers-and-staff'],
    partnerSectors: ['local-authority', 'health', 'voluntary-and-charity'],
    partners:
      "The county council's adult social care team; community support services commissioned by the council; the local NHS safeguarding adults team",
    startDate: '2019-06-03',
    endDate: null,
    resources:
      'A police researcher and a council social worker staff the triage desk, both existing posts. Changes to the mobile form cost about £12,000. Officer training was a 30-minute online module with short briefings.',
    implementationChallenges:
      'Some officers continued to send every concern as a safeguarding referral, fearing blame. Community support services varied across the county, and some had waiting lists. Agreeing the wording of the screening tool took several months. Outcome messages were delayed at first because of manual processes.',
    lessonsLearned:
      'Using the same criteria as the council helped both organisations. Officers need reassurance that choosing a community route is the right decision, not a way to avoid work. Feedback on outcomes was one of the most valued changes. Keep the tool short.',
    evaluationMethod:
      'We compared the number of concerns, the proportion leading to a safeguarding enquiry and screening time in the year before and the year after launch. An audit of 100 community support referrals checked whether any should have been safeguarding concerns.',
    evaluationResults:
      'Safeguarding concerns sent to the council fell from about 9,000 to 3,800, while the proportion leading to an enquiry rose from 9% to 22%. Average screening time fell from six days to two. In the audit, four of 100 community referrals should have been safeguarding concerns, and all four were picked up through other routes. Officer feedback was positive.',
    stage: 'evaluated-locally',
    outcome: 'worked',
    purposes: ['organisational'],
    topics: ['adults-at-risk', 'information-sharing'],
    recognition: [],
    scale: 'force-wide',
    visibility: 'public',
    submittedAt: '2021-02-09',
  },
  {
    title: 'Mobile domestic abuse advice van for rural market towns',
    organisation: 'west-mercia',
    summary:
      'A converted van staffed by a PC and a domestic abuse support worker visited rural market towns on market days, offering confidential advice to victims of domestic abuse who might find it hard to reach services. Over a year the van made 96 visits, but fewer than one in five led to a conversation about domestic abuse, and almost all of those were with people already known to services. We ended the pilot and now fund support workers in GP surgeries and libraries instead.',
    problem:
      'Victims of domestic abuse in rural areas face long journeys to reach support, limited public transport and close-knit communities where they may be recognised. Support services were based in larger towns, and rural referrals were much lower per head of population than urban referrals. Victims told advocates that travelling to an appointment without the perpetrator knowing was often impossible. We believed that bringing services to market towns would reach people who could not reach us.',
    aims: 'To offer confidential domestic abuse advice in rural market towns where victims could seek help during routine trips, such as going to the market, without arousing suspicion. We wanted to increase disclosures and referrals from rural areas, raise awareness of support services and show rural communities that police take domestic abuse seriously. We also hoped to learn which towns had the greatest unmet need, to guide where support services should be based in future.',
    approach:
      'We converted a van with a private consulting area and branded it as a community advice van, to avoid drawing attention to domestic abuse. A PC from the local safeguarding team and a support worker from the domestic abuse service visited eight market towns on a rota, parking near the market from 9am to 2pm. Advice on other matters, such as crime prevention and scams, was also offered to provide cover. Leaflets and discreet cards were available. Publicity was through parish newsletters, social media and posters in GP surgeries and pharmacies.',
    targetGroups: ['victims', 'communities', 'adults'],
    partnerSectors: ['voluntary-and-charity', 'local-authority'],
    partners:
      'A local specialist domestic abuse service; the district councils, which provided parking and market permissions',
    startDate: '2018-05-01',
    endDate: '2019-04-30',
    resources:
      'The van and conversion cost £28,000, funded by the Police and Crime Commissioner. A PC and a support worker spent one day a week each on visits. Fuel and maintenance cost about £4,000 over the year.',
    implementationChallenges:
      'Despite the neutral branding, people in small towns quickly knew what the van was for, and victims told advocates they would not be seen going into it. Footfall was low in bad weather. Most visitors wanted advice on other topics. Staff time was largely spent waiting.',
    lessonsLearned:
      'Visibility is a problem in small communities: a van parked in the market square is the opposite of discreet. Victims prefer places they would visit anyway, where nobody asks why they are there, such as a GP surgery, pharmacy or library. We should have tested the idea with rural victims before buying the van.',
    evaluationMethod:
      'We recorded every visit, conversation and referral and compared rural domestic abuse referrals in the pilot year with the previous year. The domestic abuse service asked 20 rural victims about the van.',
    evaluationResults:
      'The van made 96 visits and had 410 conversations, of which 72 related to domestic abuse. Only nine led to a new referral. Rural referrals to the domestic abuse service rose by 3%, in line with the rest of the force area. Of 20 victims asked, 17 said they would not use the van because they might be seen.',
    stage: 'evaluated-locally',
    outcome: 'did-not-work',
    purposes: ['location', 'prevention'],
    topics: ['domestic-abuse', 'partnership-working'],
    recognition: [],
    scale: 'local',
    visibility: 'public',
    submittedAt: '2019-07-02',
  },
  {
    title: 'Suspect-focused case review panel for rape investigations',
    organisation: 'west-midlands',
    summary:
      "A panel of experienced detectives, a police lawyer and an independent sexual violence adviser reviews rape investigations at the four-week point, focusing on the suspect's behaviour and the evidence still to be gathered rather than on the credibility of the victim. Investigators leave with a written action plan. Over two and a half years, 1,150 cases were reviewed. An independent evaluation found more suspect interviews, faster file submissions and a higher charge rate than in comparable cases.",
    problem:
      "Rape investigations often stalled in the early weeks, and the focus tended to fall on the victim's account and history rather than the suspect. Investigators handled large caseloads with little supervision time. Files went to prosecutors with gaps that led to long delays. Victims waited months with little progress and many withdrew. A file review found that in 40% of cases the suspect had not been interviewed within eight weeks, and evidence such as phone data had not been requested.",
    aims: "To improve the quality and pace of rape investigations by making sure each case receives early, expert review focused on the suspect, the evidence and the victim's needs. We aimed to increase suspect interviews, reduce delays and increase charges, while reducing unnecessary intrusion into victims' private lives. We also wanted to build the skills of less experienced investigators through regular feedback.",
    approach:
      "The panel sits twice a week and reviews every rape investigation at about four weeks, with the investigating officer present. It includes a detective inspector, a detective sergeant with specialist experience, a police lawyer and an independent sexual violence adviser who speaks for the victim's needs. The review follows a structured template: suspect behaviour before, during and after the offence, opportunities for evidence from third parties and digital sources, and whether any requests for the victim's personal records are necessary and proportionate. The panel produces a written action plan with deadlines, and the investigating officer's supervisor monitors progress. Cases are reviewed again if actions are not complete within six weeks.",
    targetGroups: ['victims', 'police-officers-and-staff', 'witnesses'],
    partnerSectors: ['criminal-justice', 'voluntary-and-charity'],
    partners:
      'The Crown Prosecution Service rape and serious sexual offences unit; an independent sexual violence adviser service; a university research team that carried out the evaluation',
    startDate: '2020-09-01',
    endDate: '2023-03-31',
    resources:
      "Panel members give about a day a week each. The independent sexual violence adviser's time was funded at £20,000 a year by the Police and Crime Commissioner. A case tracker built in-house cost about £5,000. The evaluation cost £48,000.",
    implementationChallenges:
      "Some investigators initially saw the panel as an inspection rather than support. High caseloads meant action deadlines were often missed. Digital forensic delays were outside the panel's control. Involving an independent adviser raised questions about information sharing, which were resolved with a clear agreement on what could be discussed.",
    lessonsLearned:
      "Structured questions about the suspect change the direction of investigations. Having a victim's advocate in the room keeps the victim's needs visible. Written action plans and follow-up are essential. The panel ended as a separate body when its approach was built into the force's new investigation standards.",
    evaluationMethod:
      "University researchers compared 1,150 reviewed cases with 900 comparable cases from the previous two years and from a neighbouring force, measuring suspect interview times, time to file submission, requests for victims' records and charge rates. They interviewed 25 investigators and 12 victims.",
    evaluationResults:
      "Suspects were interviewed within eight weeks in 81% of reviewed cases, compared with 60%. Median time to file submission fell by 47 days. Requests for victims' third-party records fell by a third. The charge rate rose from 5.8% to 9.1%, compared with a smaller rise in the comparison force. Victims noticed faster progress, though many still found the process long.",
    stage: 'independently-evaluated',
    outcome: 'worked',
    purposes: ['investigation'],
    topics: ['rape-and-serious-sexual-offences', 'victims-and-witnesses'],
    recognition: ['hmicfrs', 'smarter-practice'],
    scale: 'force-wide',
    visibility: 'public',
    submittedAt: '2023-06-27',
  },
  {
    title: 'Regional network of honour-based abuse specialist investigators',
    organisation: 'bedfordshire',
    summary:
      'Honour-based abuse cases are rare in any single force, so few investigators gain experience of them. Forces in the region created a network of trained specialist investigators who can be called on for advice, take on complex cases and support each other across force boundaries. A monthly case clinic and a shared tactical guide are at the centre of the network. Early results show more protection orders and better risk assessments, but the network depends heavily on a few individuals.',
    problem:
      'Honour-based abuse and forced marriage cases are complex: they often involve several perpetrators, including family and community members, and victims may be at risk across force and national boundaries. In the region, each force recorded only a few dozen cases a year, and investigators often handled their first case without specialist support. Reviews found errors such as contacting family members, using community interpreters and missing the chance to apply for protection orders. Specialist knowledge sat with a handful of officers who were often unavailable.',
    aims: 'To make sure every honour-based abuse investigation in the region has access to specialist advice, so that victims are protected and perpetrators identified. We wanted to create a pool of trained investigators across forces, share learning and tactics, and provide cover when individual specialists are unavailable. We also aimed to make greater use of civil orders, such as forced marriage protection orders.',
    approach:
      'Each force in the region nominated at least three investigators, who completed a five-day specialist course with input from a national charity, the Forced Marriage Unit and experienced prosecutors. The network provides a rota of specialists for advice by phone and video at any time. A monthly online case clinic allows investigators to bring live cases for discussion. A restricted shared tactical guide covers risk assessment, protective measures, safe contact, use of interpreters, and cross-border and overseas enquiries. Complex cases can be transferred to a specialist from another force with agreement. The network coordinator, based in this force, tracks cases and outcomes.',
    targetGroups: ['victims', 'police-officers-and-staff'],
    partnerSectors: ['other-police-forces', 'voluntary-and-charity', 'criminal-justice'],
    partners:
      'Neighbouring police forces in the region; a national honour-based abuse charity; the Crown Prosecution Service',
    startDate: '2022-09-05',
    endDate: null,
    resources:
      'A detective sergeant works as network coordinator for about half their time. Training cost £14,000 for the first cohort, shared between forces. Specialists provide advice alongside their normal duties, with no additional pay.',
    implementationChallenges:
      'Specialists are busy in their own roles and sometimes unavailable. Different case management systems make sharing information difficult. Some forces were reluctant to transfer cases. The network relies on goodwill and a small number of committed individuals, which is a risk.',
    lessonsLearned:
      'A network is a practical way to build rare expertise across forces. The monthly clinic is the most valued element. Formal agreements between forces on transferring cases are needed. Plan for succession, as specialists move on.',
    evaluationMethod:
      'The coordinator compared honour-based abuse cases in the year before and the first full year of the network, looking at protection orders, risk assessment quality in a sample of 40 cases and use of the advice rota.',
    evaluationResults:
      "Forced marriage and related protection orders across the region rose from 11 to 26. In the sample, risk assessments judged complete rose from 55% to 80%. The advice rota was used 140 times. There were no reported cases of contact with family members against the victim's wishes. We have not yet measured charge rates.",
    stage: 'evaluated-locally',
    outcome: 'promising',
    purposes: ['investigation'],
    topics: ['honour-based-abuse', 'workforce'],
    recognition: [],
    scale: 'regional',
    visibility: 'policing',
    submittedAt: '2024-03-12',
  },
  {
    title: 'Closure orders and housing support to tackle cuckooing',
    organisation: 'cambridgeshire',
    summary:
      'Drug dealers were taking over the homes of vulnerable adults, often people with learning disabilities or addictions, to use as a base for county lines supply. Police, the city council and housing providers agreed a joint approach combining partial closure orders, which bar everyone except the tenant, with intensive support for the tenant. In three years, 64 homes were protected. Most tenants kept their tenancy and repeat takeovers fell, though some tenants were targeted again after moving.',
    problem:
      'Cuckooing left tenants frightened, exploited and sometimes injured. Police raids on these properties often treated the tenant as a suspect, and tenants lost their homes through eviction for drug activity. Once the dealers moved on, they often found another vulnerable tenant nearby. Housing officers, social workers and neighbourhood police each saw part of the problem, but there was no agreed response. In one year, 31 addresses in the city were identified as cuckooed, and 12 tenants were evicted.',
    aims: 'To protect vulnerable tenants whose homes are taken over by drug dealers, keep them safely in their homes where possible and stop dealers returning. We aimed to treat the tenant as a victim, not a suspect, to use legal powers to exclude dealers and to provide the support tenants need to resist further exploitation. We also wanted to reduce evictions and the wider harm to neighbours.',
    approach:
      "When an address is identified as cuckooed, neighbourhood officers, the housing provider and the council's adult social care team meet within five working days. A safety plan is agreed with the tenant. Police apply for a partial closure order under anti-social behaviour powers, which bans anyone other than the tenant and named family or carers from entering the property for up to three months, with the tenant's agreement where possible. Breaching the order is an arrestable offence. At the same time, a support worker from a local charity works with the tenant on safety, money and any substance misuse. Housing providers fit video doorbells and stronger doors. If the tenant wishes to move, a managed move is arranged. Cases are reviewed monthly at a vulnerability panel.",
    targetGroups: ['adults', 'victims', 'communities'],
    partnerSectors: ['housing', 'local-authority', 'voluntary-and-charity', 'criminal-justice'],
    partners:
      "The city council's housing and adult social care teams; two social housing providers; a local support charity for adults with learning disabilities; magistrates' courts",
    startDate: '2019-03-01',
    endDate: '2022-08-31',
    resources:
      "Neighbourhood officers' time was absorbed within existing duties. Court fees for closure orders cost around £300 each. The support worker post was funded at £29,000 a year by the community safety partnership. Housing providers paid for property security, averaging £450 per property.",
    implementationChallenges:
      'Some tenants were too frightened to cooperate, especially where dealers had threatened them. Applications for orders required evidence that was sometimes hard to gather quickly. Tenants who moved were sometimes targeted again in new areas. The end of the funding for the support worker in 2022 ended the scheme in its full form.',
    lessonsLearned:
      'Pairing enforcement with support makes the difference; orders alone leave tenants exposed. Make sure the tenant understands the order is there to protect them. Partnership working must be quick, within days. Keep track of tenants who move, and alert the receiving area.',
    evaluationMethod:
      'We reviewed all 64 cases over three years, recording tenancy outcomes, further takeovers at the same address within 12 months and breaches of orders. We compared evictions with the year before the scheme.',
    evaluationResults:
      'Of 64 tenants, 51 kept their tenancy or moved in a planned way. Only two were evicted, compared with 12 in the year before. Further takeovers at the same address within 12 months occurred in five cases. Orders were breached 38 times, leading to 29 arrests. Seven tenants were targeted again after moving, showing the risk follows the person, not just the address.',
    stage: 'evaluated-locally',
    outcome: 'worked',
    purposes: ['location'],
    topics: ['child-criminal-exploitation', 'adults-at-risk', 'partnership-working'],
    recognition: [],
    scale: 'local',
    visibility: 'public',
    submittedAt: '2022-11-15',
  },
  {
    title: 'Joint search planning for high risk missing people on the coast',
    organisation: 'norfolk',
    summary:
      'When a high risk missing person is thought to have gone to the coast, police, the coastguard, lifeboat crews and volunteer search teams now use a shared search plan and a joint briefing within the first hour. A search adviser uses tide times, access points and local knowledge to prioritise areas, and partners share live maps. The approach started in 2024 after several coastal searches were poorly coordinated. It has not yet been formally evaluated.',
    problem:
      'The county has a long coastline with cliffs, marshes and tidal beaches. People in mental health crisis sometimes go to the coast, and a small number are found dead. Several agencies may search at once: police, the coastguard, lifeboats, volunteer search teams and sometimes fire and rescue. In reviews of three searches, agencies searched the same areas twice while other areas were missed, and radio communication broke down. Families received conflicting updates from different agencies.',
    aims: 'To find high risk missing people on the coast as quickly as possible by making sure every agency works from the same plan, with clear priorities and no duplication. We want to make better use of tide times, local knowledge and technology, and give families a single, consistent source of updates. We also want to learn from each search so that future searches improve.',
    approach:
      'When a missing person assessed as high risk is believed to be near the coast, the duty inspector requests a police search adviser and a joint briefing within an hour, either in person at a command point or by video call. The adviser uses a search planning template that includes tide times, access points, cliff edges, likely routes and places the person is known to visit. Agencies agree search areas and record them on a shared online map visible to all partners. Each agency has a named liaison at the command point. Only the police family liaison officer updates the family. A short joint debrief takes place after each search, and lessons are shared with all partners.',
    targetGroups: ['adults', 'families'],
    partnerSectors: ['fire-and-rescue', 'voluntary-and-charity', 'health'],
    partners:
      'HM Coastguard; volunteer lifeboat crews; a volunteer lowland search and rescue team; the county fire and rescue service; the local mental health trust',
    startDate: '2024-06-01',
    endDate: null,
    resources:
      "Existing police search advisers take on the planning role. The shared mapping platform cost £3,500 a year, met from the force's operational budget. Partners provide staff and volunteers at their own cost. Training was a half-day joint exercise.",
    implementationChallenges:
      'Radio systems are not compatible between all agencies, so the shared map relies on mobile data, which is patchy on parts of the coast. Volunteers are not always available at short notice. Getting everyone to a command point within an hour is difficult at night. Some partners worried about police taking control of their resources.',
    lessonsLearned:
      'A joint exercise before the approach went live built trust and revealed practical problems. One voice for the family matters a great deal. The debrief is essential, but needs to be short to happen at all.',
    evaluationMethod: null,
    evaluationResults: null,
    stage: 'untested',
    outcome: 'promising',
    purposes: ['investigation'],
    topics: ['missing-people', 'partnership-working'],
    recognition: [],
    scale: 'force-wide',
    visibility: 'public',
    submittedAt: '2024-12-03',
  },
  {
    title: 'Structured wellbeing support for child abuse image investigators',
    organisation: 'suffolk',
    summary:
      'Officers and staff who grade indecent images of children and investigate online child sexual abuse are exposed to deeply disturbing material every day. The force introduced a structured wellbeing programme: compulsory psychological assessments every six months, limits on viewing time, trained peer supporters and a right to rotate out of the role without stigma. An independent evaluation found lower levels of secondary trauma symptoms and sickness absence, and better retention in the team.',
    problem:
      'The online child abuse investigation team had high sickness absence and turnover. Staff described intrusive thoughts, poor sleep and difficulties with their own children. Support was available only on request, and many did not ask for help, fearing it would affect their careers. An anonymous survey found that 46% of the team reported symptoms consistent with secondary trauma. Experienced investigators left, and recruitment was difficult, which increased the workload for those who remained.',
    aims: 'To protect the mental health of officers and staff who investigate child sexual abuse online, so they can do this vital work safely and for longer. We aimed to reduce the stigma of seeking help, spot problems early and give staff control over their exposure to distressing material. We also aimed to reduce sickness absence and improve retention, and so protect more children.',
    approach:
      "Every member of the team has a psychological assessment with an occupational health psychologist every six months, which is compulsory for all ranks. Viewing time for grading images is limited to two hours at a time, with breaks built into the day, and grading is shared across the team. Software that blurs images and mutes audio by default is used. Five team members were trained as peer supporters and check in with colleagues after difficult cases. Staff can ask to move to a different role for a period without giving reasons and with a guaranteed right to return. Supervisors receive training on recognising signs of trauma. Team members' families are offered an information session.",
    targetGroups: ['police-officers-and-staff'],
    partnerSectors: ['health'],
    partners:
      "The force's occupational health provider; a university psychology department that carried out the evaluation",
    startDate: '2018-03-01',
    endDate: '2021-03-31',
    resources:
      'Psychological assessments cost about £350 per person each time, around £17,000 a year for the team. Peer supporter training cost £4,000. Image-blurring software was included in an existing licence. The evaluation was funded by a university research grant.',
    implementationChallenges:
      'Some staff were sceptical about compulsory assessments and worried about confidentiality. Limits on viewing time slowed grading at first and created backlogs. The right to rotate out was sometimes hard to honour because of staff shortages. Middle managers needed support to change their own attitudes.',
    lessonsLearned:
      'Making assessments compulsory removed the stigma of asking. Leaders must use the support themselves. Limits on viewing time need enough staff to work. The programme continues as standard practice since the evaluation period ended.',
    evaluationMethod:
      'University psychologists used validated questionnaires to measure secondary trauma symptoms, burnout and wellbeing at the start and after three years. They analysed sickness absence and turnover and interviewed 18 team members.',
    evaluationResults:
      'The proportion of staff reporting symptoms consistent with secondary trauma fell from 46% to 19%. Sickness absence fell by 55%. Annual turnover fell from 38% to 12%. Staff said the programme made them feel valued and more willing to talk about their wellbeing. The team is small, so results should be treated with caution.',
    stage: 'independently-evaluated',
    outcome: 'worked',
    purposes: ['organisational'],
    topics: ['workforce', 'child-sexual-abuse-and-exploitation'],
    recognition: [],
    scale: 'force-wide',
    visibility: 'public',
    submittedAt: '2021-06-29',
  },
  {
    title: 'National recontact service for repeat investment fraud victims',
    organisation: 'city-of-london',
    summary:
      'People who lose money to investment fraud are often targeted again by criminals posing as lawyers or recovery agents who promise to get the money back for a fee. A national recontact team calls victims identified as at high risk of repeat targeting, warns them about recovery fraud, checks their safety and makes referrals to local support. In three years the team contacted 11,000 victims. An independent evaluation found that repeat losses fell among those contacted.',
    problem:
      'Investment fraud victims often lose large sums, sometimes their life savings. Their details are then sold between criminal groups. Many are contacted again within weeks by people claiming to be from a law firm, a regulator or even the police, offering to recover their money for an upfront fee. Analysis of national fraud reports found that about one in six investment fraud victims reported a second loss within a year, often to recovery fraud. Local forces did not always have the capacity to contact victims quickly, and advice in standard letters was often ignored.',
    aims: 'To reduce repeat victimisation of investment fraud victims by contacting them quickly, warning them about recovery fraud and connecting them with support. We aimed to reach victims before criminals contacted them again. We also wanted to gather intelligence about recovery fraud networks, improve the information available to investigators and reduce the pressure on local forces, many of which lacked the capacity to call every victim themselves.',
    approach:
      "Analysts prioritise victims using a risk score based on age, amount lost, previous reports and whether their details have appeared in seized data. The team of eight trained police staff call high risk victims within five working days of their report, using a script that explains recovery fraud and the fact that police never ask for fees. Calls are led by the victim's questions and include a safety check and a short assessment of needs. Where victims are vulnerable, the team makes referrals to their local force's economic crime or safeguarding teams, or to support charities. Intelligence from calls about any new approaches is logged for investigators. Victims receive a follow-up text and letter with key messages.",
    targetGroups: ['victims', 'older-people', 'adults'],
    partnerSectors: ['other-police-forces', 'voluntary-and-charity', 'business'],
    partners:
      "Local forces' economic crime and safeguarding teams; a national victim support charity; banks' fraud teams; a university research team that carried out the evaluation",
    startDate: '2019-10-01',
    endDate: null,
    resources:
      'Eight police staff and a supervisor, costing about £360,000 a year, funded through a national fraud programme. An analyst produces the prioritised list. Telephony and case management systems cost about £20,000 a year. The evaluation cost £40,000.',
    implementationChallenges:
      'Many victims did not answer calls from unknown numbers, having been warned about fraudsters. The team introduced a text with a verification route before calling. Local forces varied in their capacity to accept referrals. Some victims were angry about their losses and the lack of recovery, which made calls difficult.',
    lessonsLearned:
      'Speed is essential: recovery fraud often follows within weeks. Give victims a way to verify that the call is genuine. Staff need training in handling distress and anger. Intelligence from calls is valuable and should be fed to investigators routinely.',
    evaluationMethod:
      'University researchers compared repeat fraud reports among 4,200 contacted victims with a matched group of 4,200 victims who were eligible but not contacted because of capacity, over 12 months. They interviewed 40 victims.',
    evaluationResults:
      'Repeat losses within 12 months were reported by 9% of contacted victims, compared with 15% of the matched group. Reported losses to recovery fraud fell by about half. Victims valued the warning and the chance to talk, though many were disappointed that their money could not be recovered. The researchers rated the evidence as strong for a study of this kind.',
    stage: 'independently-evaluated',
    outcome: 'worked',
    purposes: ['prevention', 'investigation'],
    topics: ['fraud-against-vulnerable-people', 'victims-and-witnesses'],
    recognition: ['smarter-practice'],
    scale: 'national',
    visibility: 'public',
    submittedAt: '2023-09-19',
  },
  {
    title: 'Ferry route interventions for children exploited on island drug lines',
    organisation: 'hampshire',
    summary:
      'Drug lines supplying the island were using children from mainland cities to carry drugs on ferries. Officers, port staff and youth workers began targeted checks on ferry routes at times identified by intelligence, with a youth worker present to talk to children who were found. Children are treated as potential victims first. Over 18 months, 57 children were found and safeguarded, and several adults controlling them were arrested. Details of the tactics used are restricted.',
    problem:
      'Police intelligence showed that county lines supplying the island used children, some as young as 13, to carry drugs across on foot passenger ferries. Children were often reported missing from mainland homes and stayed in cuckooed properties on the island for days. When found, they were usually arrested for drug offences, and the adults controlling them were rarely identified. Children told youth workers that arrests made them more indebted to those exploiting them.',
    aims: "To identify children being moved on ferry routes for drug supply, safeguard them and treat them as victims of exploitation, while targeting the adults controlling them. We aimed to disrupt the lines' use of ferries, reduce missing episodes linked to the island and improve intelligence about the networks involved. We also wanted to use the national referral mechanism consistently for these children.",
    approach:
      "Analysts identify times and routes when children are most likely to travel, using missing reports, intelligence and ferry data. Plain-clothes and uniformed officers, with port staff, carry out targeted checks at ferry terminals on both sides. A youth worker is present at each operation to speak to children away from uniform. Where a child is found carrying drugs or in suspicious circumstances, the priority is safeguarding: they are taken to a safe place, their home force and children's services are contacted and a national referral mechanism referral is considered. Intelligence from these contacts is used to target adults. Ferry staff were trained to recognise signs of exploitation and report them.",
    targetGroups: ['children-and-young-people', 'victims', 'offenders'],
    partnerSectors: ['business', 'local-authority', 'voluntary-and-charity', 'other-police-forces'],
    partners:
      "Ferry operators' security teams; the island and mainland councils' children's services; a youth charity; neighbouring forces' exploitation teams",
    startDate: '2021-05-01',
    endDate: '2022-10-31',
    resources:
      'Operations were staffed from neighbourhood and proactive teams, about two operations a month. The youth worker was funded through the violence reduction unit at £16,000 for the period. An analyst spent about two days a month on the work.',
    implementationChallenges:
      "Lines changed methods quickly once checks started, using vehicle ferries and older couriers. Coordinating with children's home forces was slow out of hours. Some children refused to engage and returned to the lines. Ferry operators had concerns about delays to passengers.",
    lessonsLearned:
      'Youth workers at the scene made children more willing to talk. Expect displacement and keep intelligence current. Agree procedures with neighbouring forces beforehand. Keep tactics restricted: publicity about the operation led to rapid changes in how lines operated.',
    evaluationMethod:
      'We reviewed all contacts with children during the operation, their safeguarding outcomes and arrests of adults, and compared missing episodes linked to the island with the previous 18 months. Ferry staff were asked for feedback on the training.',
    evaluationResults:
      'Fifty-seven children were found and safeguarded, with 41 national referral mechanism referrals made. Eighteen adults were arrested and 11 charged with offences including exploitation-related charges. Missing episodes linked to the island fell by 24%. Lines adapted, and intelligence suggests some activity moved to vehicle ferries.',
    stage: 'evaluated-locally',
    outcome: 'promising',
    purposes: ['location'],
    topics: ['child-criminal-exploitation', 'missing-people'],
    recognition: [],
    scale: 'local',
    visibility: 'policing',
    submittedAt: '2023-04-25',
  },
  {
    title: 'Daily tasking against repeat stalking and domestic abuse suspects',
    organisation: 'surrey',
    summary:
      'A daily briefing now identifies the suspects who pose the greatest risk of further domestic abuse or stalking, and tasks officers to arrest, check bail and order compliance or visit victims that day. The list is produced by an analyst using a harm score and reviewed each morning by a public protection inspector. It started in April 2025 and is being tested across the force. Details of the scoring and tactics are restricted to policing.',
    problem:
      'Outstanding domestic abuse and stalking suspects were often not arrested for days or weeks, while victims remained at risk. Wanted suspects were spread across different teams, and there was no single view of who posed the greatest risk. Reviews of serious incidents found cases where a suspect known to be dangerous had been outstanding for some time before further offences. Response officers prioritised emergency calls, and proactive work on outstanding suspects depended on individual initiative.',
    aims: 'To reduce the time that the most dangerous domestic abuse and stalking suspects remain at large, and to prevent further offences against victims. We want to focus limited resources on the suspects who pose the greatest risk, make sure orders and bail conditions are checked and enforced, and make sure victims are kept informed. We also want to create a clear, accountable daily process.',
    approach:
      'Each morning, an analyst produces a list of outstanding suspects in domestic abuse and stalking cases, ranked by a harm score that takes account of previous offending, weapons, escalation and protective orders. A public protection inspector chairs a 20-minute call with neighbourhood, response and proactive teams, reviews the top cases and assigns named officers to arrest, check bail or order compliance, or visit the victim. Tasks are recorded and reviewed the next day. Victims of the highest risk suspects are contacted to update safety plans. Intelligence is reviewed weekly. The process runs seven days a week.',
    targetGroups: ['offenders', 'victims'],
    partnerSectors: ['criminal-justice', 'voluntary-and-charity'],
    partners: 'The probation service; independent domestic violence advisers and stalking advocates',
    startDate: '2025-04-01',
    endDate: null,
    resources:
      'An analyst for about half a day each day. A public protection inspector chairs the call, rotating between three inspectors. Officers carry out tasks within existing duties. No additional funding.',
    implementationChallenges:
      'Response officers are often diverted by emergency calls, so tasks are not always completed. The harm score needs constant review to avoid missing new risks. Weekend coverage is thinner. Some teams see the call as another meeting rather than a priority.',
    lessonsLearned:
      "Early experience shows that a short daily call with named tasks gets results. Senior commitment is essential. Victims' advocates have useful intelligence and should be included. We need to evaluate whether the harm score identifies the right people.",
    evaluationMethod: null,
    evaluationResults: null,
    stage: 'untested',
    outcome: 'new-or-innovative',
    purposes: ['reoffending'],
    topics: ['stalking-and-harassment', 'domestic-abuse'],
    recognition: [],
    scale: 'force-wide',
    visibility: 'policing',
    submittedAt: '2025-10-28',
  },
  {
    title: 'Night-time welfare hubs for women in town centres',
    organisation: 'sussex',
    summary:
      'Welfare hubs staffed by trained volunteers, a paramedic and a police officer opened on Friday and Saturday nights in two town centres. Women and men who are drunk, lost, separated from friends or feel unsafe can get help, charge phones and wait for a safe lift. Officers patrolled routes between venues and hubs. Over a year, the hubs helped 1,900 people, three-quarters of them women, and reported sexual offences in the night-time economy fell.',
    problem:
      'Women in the two town centres reported feeling unsafe at night, particularly when separated from friends or very drunk. Police data showed sexual offences clustered around certain streets and late at night. Vulnerable people were often taken to emergency departments or left alone. Officers spent long periods looking after intoxicated people on the street, and door staff had nowhere safe to take them.',
    aims: 'To give people, especially women, a safe place to go on nights out when they feel vulnerable, and to reduce the risk of sexual offences and other harm. We aimed to reduce unnecessary ambulance calls and emergency department attendances, to free up police and door staff, and to target patrols on routes where offences were most likely. We also wanted to test whether partners would share the costs.',
    approach:
      'Two hubs opened in community buildings near the main nightlife areas, from 10pm to 4am on Friday and Saturday nights. Each was staffed by four trained volunteers from a church-based street outreach group, a paramedic and a police officer. Door staff, taxi marshals and street patrol volunteers could bring people to the hubs. Services included first aid, water, phone charging, help contacting friends and family and arranging safe lifts home. Anyone disclosing an offence could report it to the officer there. Officers patrolled the routes between main venues and hubs, informed by an analysis of where offences had occurred. Venues were trained to refer people to the hubs.',
    targetGroups: ['adults', 'victims', 'communities'],
    partnerSectors: ['health', 'voluntary-and-charity', 'business', 'local-authority'],
    partners:
      'The ambulance service; a church-based street outreach group; the town centre business improvement district; the borough councils',
    startDate: '2018-11-01',
    endDate: '2019-12-31',
    resources:
      'About £60,000 for the pilot year, shared between the Police and Crime Commissioner, the business improvement district and the councils, covering building costs, paramedics and supplies. Volunteers gave their time, and a police officer was assigned to each hub from existing night-time economy resources.',
    implementationChallenges:
      'Recruiting enough volunteers for every shift was difficult, and the hubs closed on a few nights. Some venues did not refer people. Police officers in the hubs were sometimes called away to incidents. Funding ran for only one year, and only one hub continued afterwards.',
    lessonsLearned:
      'A non-police face at the hub encourages people to use it. Combine hubs with targeted patrols on the routes between venues. Secure longer-term funding from the start. Collect data consistently so the case for continuing can be made.',
    evaluationMethod:
      'We recorded every person helped and the reason, tracked ambulance calls and emergency department attendances for alcohol-related harm from the town centres, and compared reported sexual offences in the night-time economy with the previous year.',
    evaluationResults:
      'The hubs helped 1,900 people, 74% of them women. Ambulance calls from the town centres on hub nights fell by 22%. Reported sexual offences in the night-time economy fell by 18% in the two town centres, compared with a small rise in a similar town without a hub. Users rated the hubs highly.',
    stage: 'evaluated-locally',
    outcome: 'worked',
    purposes: ['location', 'prevention'],
    topics: ['violence-against-women-and-girls'],
    recognition: [],
    scale: 'local',
    visibility: 'public',
    submittedAt: '2020-02-18',
  },
  {
    title: 'Predicting serious violence risk from school exclusion data',
    organisation: 'thames-valley',
    summary:
      'We tried to identify young people at risk of involvement in serious violence by combining school exclusion data with police records, so that early help could be offered before they came to harm. After two years, the model did not predict violence any better than existing referrals from schools and youth services, and the data sharing raised concerns about fairness. We stopped the project and share our findings so that others can avoid the same problems.',
    problem:
      'Serious violence involving young people rose in several towns. Reviews of young people who were victims or perpetrators found that many had been excluded from school. Partners believed that combining data from schools and police could identify young people at risk earlier, so that early help could be offered. Existing referrals to youth services relied on individual professionals noticing concerns.',
    aims: 'To build a tool that used school exclusion data, together with police records, to identify young people at risk of involvement in serious violence, so they could be offered early help before they were harmed or harmed others. We hoped to reach young people who were not known to youth services, and to target limited resources where risk was greatest.',
    approach:
      "Under an information sharing agreement, three local authorities provided data on fixed-term and permanent exclusions to the force. A police analyst combined it with data on police contacts, missing episodes and domestic abuse incidents at the young person's home. A score was produced for each young person, and those above a threshold were reviewed monthly by a panel including the youth service, schools and the youth offending team, who decided whether to offer support. Young people were not told they had been identified through the model. The model was reviewed after each quarter by the analyst.",
    targetGroups: ['children-and-young-people', 'people-at-risk-of-offending'],
    partnerSectors: ['education', 'local-authority', 'criminal-justice'],
    partners:
      "Three local authorities' education and youth services; the youth offending service; secondary schools and academies",
    startDate: '2019-09-01',
    endDate: '2021-08-31',
    resources:
      "A police analyst for about half their time for two years. The monthly panel took about two hours of each partner's time. Early help was delivered by existing youth services, with no additional funding.",
    implementationChallenges:
      'Exclusion data arrived late and was inconsistent between authorities. Academies did not always provide data. Partners raised concerns that the model identified Black boys and children from poorer areas disproportionately, reflecting bias in both exclusion and police data. Young people were not consulted or told, which some partners felt was wrong. School closures in 2020 disrupted data.',
    lessonsLearned:
      'Combining data does not automatically create useful predictions. Data that reflects existing bias will reproduce it. Involve young people and communities before using their data in this way. Test predictive tools against existing professional judgement before relying on them. We now put resources into supporting schools to make direct referrals.',
    evaluationMethod:
      "The analyst compared the model's predictions with actual involvement in serious violence over 18 months and with referrals from professionals in the same period. An independent member of the partnership reviewed the ethics and disproportionality of the model.",
    evaluationResults:
      'Of 47 young people involved in serious violence during the period, the model had identified 14, while professional referrals had identified 17, mostly the same individuals. Most young people flagged by the model were never involved in violence. The review found significant disproportionality by ethnicity. Partners agreed to stop the project.',
    stage: 'evaluated-locally',
    outcome: 'did-not-work',
    purposes: ['prevention'],
    topics: ['serious-violence', 'information-sharing', 'early-intervention'],
    recognition: [],
    scale: 'force-wide',
    visibility: 'public',
    submittedAt: '2022-01-25',
  },
  {
    title: 'Communication passports for autistic and neurodivergent victims and witnesses',
    organisation: 'avon-and-somerset',
    summary:
      'Autistic and other neurodivergent victims and witnesses often struggle with police interviews, bright custody suites and unexpected phone calls. The force worked with an autism charity to introduce a one-page communication passport, completed by the person or a supporter, telling officers how best to communicate with them. Passports are stored on police systems and shared with investigators, witness care and, with consent, prosecutors. In the 15-month pilot, 380 passports were created, and victims reported better experiences.',
    problem:
      'Neurodivergent people are more likely to be victims of some crimes, including hate crime, fraud and sexual offences, but often find contact with police distressing. Officers told us they were unsure how to adapt. Victims described being interviewed in noisy rooms, being asked several questions at once, being misread as evasive when they avoided eye contact and receiving unexpected calls that caused anxiety. Some withdrew from investigations. Intermediaries were rarely requested because officers did not recognise the need.',
    aims: 'To help neurodivergent victims and witnesses take part fully and fairly in investigations by making sure every officer who deals with them knows how best to communicate with them. We wanted people to describe their own needs in their own words, once, and for this information to follow them through the justice process. We also wanted more officers to recognise when a registered intermediary or other special measures might help.',
    approach:
      "With an autism charity and a group of autistic adults, we designed a one-page passport covering how the person prefers to be contacted, sensory needs, how they communicate best, what might cause distress and what helps them stay calm. People can complete it before any contact with police, through charities, schools or GP surgeries, or during an investigation with an officer. With consent, it is attached to the person's record and any crime report, and flagged to investigators and witness care. Officers received a 45-minute online module, co-presented by autistic adults, on using passports and planning interviews. Investigators are prompted to consider intermediaries and special measures when a passport exists.",
    targetGroups: ['victims', 'witnesses', 'adults', 'children-and-young-people'],
    partnerSectors: ['voluntary-and-charity', 'health', 'education', 'criminal-justice'],
    partners:
      "A regional autism charity; special educational needs coordinators in schools; GP practices; the Crown Prosecution Service's local witness care liaison",
    startDate: '2022-01-04',
    endDate: '2023-03-31',
    resources:
      'The charity was paid £12,000 for design, co-production and training. A PC in the vulnerability team coordinated the pilot for about a day a week. Adding a passport attachment to records used existing system functions.',
    implementationChallenges:
      'Many officers did not check for passports before contact. Passports created by schools and GPs were not always shared with police because of consent processes. Some people did not want a label on police systems. Intermediary availability was limited, so recognising the need did not always lead to one being provided.',
    lessonsLearned:
      "Co-production with autistic adults gave the passport credibility. The passport must be easy to find; we are adding a prompt to the incident system. Respect people's choice about sharing. Training by autistic people was much better received than standard training.",
    evaluationMethod:
      'We counted passports created and shared, surveyed 46 passport holders who had contact with police and compared intermediary requests with the previous year. We reviewed 30 cases where a passport existed to check whether it was used.',
    evaluationResults:
      'Of 380 passports, 142 were used in a police contact during the pilot. Of 46 holders surveyed, 35 said officers had adapted how they communicated. Requests for intermediaries in cases involving neurodivergent victims rose from 9 to 31. In the case review, the passport had been read before first contact in only 17 of 30 cases.',
    stage: 'evaluated-locally',
    outcome: 'promising',
    purposes: ['investigation'],
    topics: ['adults-at-risk', 'victims-and-witnesses'],
    recognition: [],
    scale: 'force-wide',
    visibility: 'public',
    submittedAt: '2023-08-08',
  },
  {
    title: 'Scenario-based coercive control training for frontline officers',
    organisation: 'dorset',
    summary:
      'Frontline officers often missed coercive control because they focused on the single incident they had been called to, rather than the pattern of domestic abuse behind it. The force replaced slide-based training with a one-day course built around filmed scenarios showing the same couple over several months, followed by a refresher using body-worn video from real cases. An independent evaluation found that officers identified coercive control more often, and arrests and recorded crimes for controlling behaviour rose markedly, giving more victims a route to justice.',
    problem:
      'Coercive and controlling behaviour became a crime in 2015, but recorded offences in the force remained low. Officers attending domestic abuse incidents tended to record a single assault or argument. Victims often minimised what was happening, and signs such as control of money, isolation from friends or monitoring of phones were missed. Existing training was a short online module. An audit of 100 domestic abuse incidents found indications of coercive control in 41, but it had been recorded as a crime in only four.',
    aims: "To help frontline officers recognise coercive control as a pattern, ask the right questions and gather evidence that allows controlling behaviour to be recorded and prosecuted. We aimed to increase recorded crimes and arrests for coercive control and improve victims' experience of the police response. We also wanted to change officers' attitudes so that non-physical abuse is treated as seriously as violence.",
    approach:
      "A local film company produced six short films showing a fictional couple over a year, written with a domestic abuse charity and survivors. Each film shows a police visit at a different stage, with the same officer missing or spotting signs. A one-day course, delivered by a trainer and a charity worker, uses the films to discuss what officers might see and ask. Officers practise asking open questions about daily life, money and contact with friends. Six months later, a two-hour refresher uses anonymised body-worn video from the force's own cases. Supervisors received guidance on reviewing domestic abuse incidents for coercive control. Every frontline officer and sergeant attended over 18 months.",
    targetGroups: ['police-officers-and-staff', 'victims'],
    partnerSectors: ['voluntary-and-charity', 'business'],
    partners:
      'A local domestic abuse charity; a local film production company; a university team that carried out the evaluation',
    startDate: '2019-05-01',
    endDate: '2021-03-31',
    resources:
      'Film production cost £38,000, funded by the Police and Crime Commissioner. Training took about 1,400 officer days, covered by existing training time. The charity was paid £15,000 for co-delivery. The evaluation cost £30,000.',
    implementationChallenges:
      'Releasing frontline officers for a full day was difficult, and the Covid-19 pandemic paused face-to-face training for several months. Some officers were resistant at first, regarding coercive control as hard to prove. Body-worn video clips needed careful anonymisation. The increase in recorded crimes put pressure on investigation teams.',
    lessonsLearned:
      'Watching a pattern develop over time was more powerful than any definition. Involving survivors in writing scenarios made them realistic. The refresher was essential: knowledge faded without it. Plan for the extra workload that comes from recognising more crime.',
    evaluationMethod:
      'University researchers compared recorded coercive control crimes and arrests before and after training, and a repeat audit of 100 incidents. They used a questionnaire on attitudes before, immediately after and six months after training, and compared results with a neighbouring force.',
    evaluationResults:
      'Recorded coercive control crimes rose by 180% and arrests by 140% in the year after training, compared with a 30% rise in the neighbouring force. In the repeat audit, coercive control was recorded in 19 of 38 incidents showing signs of it. Attitude improvements remained at six months among those who had the refresher, but faded among those who had not.',
    stage: 'independently-evaluated',
    outcome: 'worked',
    purposes: ['organisational'],
    topics: ['domestic-abuse', 'workforce'],
    recognition: ['smarter-practice'],
    scale: 'force-wide',
    visibility: 'public',
    submittedAt: '2021-10-12',
  },
  {
    title: 'Hate crime third-party reporting in GP surgeries',
    organisation: 'gloucestershire',
    summary:
      'We trained reception staff in 14 GP surgeries to act as third-party reporting centres for hate crime, on the basis that people trust their surgery and visit it often. In a year, the surgeries submitted only six reports. Staff had little time, patients did not think of their GP in this way and the Covid-19 pandemic changed how surgeries worked. We have stopped the pilot and now focus on community organisations that people already approach for help.',
    problem:
      'Hate crime is under-reported, particularly among disabled people, LGBT+ people and some minority ethnic communities. Community groups told us many victims do not want to contact police directly. Existing third-party reporting centres were few and mostly in town centre community buildings. Disabled victims in particular told us they rarely visited those places, but they did visit their GP surgery regularly.',
    aims: 'To make it easier for victims of hate crime, especially disabled people, to report by making GP surgeries third-party reporting centres. We hoped that people who trust their surgery would be more willing to report there than to police, and that reports would help us understand the extent of hate crime in rural and suburban areas where there were few other reporting options.',
    approach:
      "Fourteen surgeries agreed to take part. The force's hate crime officer trained reception staff and practice managers in a one-hour session covering what hate crime is, how to take a report using a short online form and how to support the person. Posters and leaflets were displayed in waiting rooms. Patients could report in person or ask a member of staff to help them complete the form online. Reports went to the force's hate crime team, which contacted the victim if they consented. The pilot was promoted through practice newsletters and patient groups.",
    targetGroups: ['victims', 'communities', 'adults'],
    partnerSectors: ['health', 'voluntary-and-charity', 'local-authority'],
    partners:
      "Fourteen GP practices; the local clinical commissioning group; a disability rights charity; the district councils' community safety teams",
    startDate: '2020-02-03',
    endDate: '2021-01-29',
    resources:
      'The hate crime officer, a police staff post, spent about 40 hours on training, visits and support. Printing of posters, leaflets and report forms cost £900. Surgeries contributed about an hour of staff time each for training, with no payment.',
    implementationChallenges:
      'The Covid-19 pandemic began weeks after launch, and surgeries moved to telephone appointments, removing most face-to-face contact. Reception staff were under great pressure and did not see reporting as part of their role. Staff turnover meant training was quickly lost. Patients did not associate their surgery with reporting crime.',
    lessonsLearned:
      'A trusted place is not automatically a place people will report to. Reporting centres need staff who see it as part of their purpose. Organisations that already offer advice and advocacy, such as disability charities, are better placed. We should have asked victims where they would report before choosing surgeries.',
    evaluationMethod:
      "We counted reports submitted through surgeries and compared hate crime reports from the pilot areas with the previous year. We interviewed practice managers in eight surgeries and consulted the disability rights charity's members.",
    evaluationResults:
      'Six reports were submitted over a year, four of them in the first two months. Hate crime reports from the pilot areas did not change beyond normal variation. Practice managers said staff were too busy and unsure. Charity members said they would rather report through an organisation they already used for advice.',
    stage: 'evaluated-locally',
    outcome: 'did-not-work',
    purposes: ['prevention'],
    topics: ['hate-crime', 'partnership-working'],
    recognition: [],
    scale: 'local',
    visibility: 'public',
    submittedAt: '2021-04-27',
  },
  {
    title: 'Pet fostering so domestic abuse victims can leave safely',
    organisation: 'wiltshire',
    summary:
      'Many victims of domestic abuse stay with an abuser because they cannot take their pets to a refuge, and some abusers threaten or harm animals to keep control. Police, a local domestic abuse service and an animal welfare charity set up a confidential pet fostering route, so pets can be cared for while the victim moves to safety. Officers and advisers can make a referral the same day. The scheme began in late 2024 and has not yet been evaluated.',
    problem:
      'Domestic abuse advisers and officers repeatedly heard from victims who would not leave because they could not take their dog or cat, and most refuges cannot accept animals. Some abusers had harmed or threatened to kill pets as a way of controlling the victim. In a survey of 60 clients by the local domestic abuse service, 22 said concern for a pet had delayed their decision to leave. Officers had no way to help other than contacting friends or family.',
    aims: 'To remove one barrier that stops victims of domestic abuse leaving: the fear of abandoning a pet or leaving it with the abuser. We want victims to be able to move to safety knowing their animals are safe, and to make referrals easy for officers and advisers. We also want to raise awareness among officers of animal abuse as a sign of coercive control and risk.',
    approach:
      "An animal welfare charity recruited and vetted foster carers, who look after pets for up to six months. Referrals come from domestic abuse advisers or officers through a single phone number, with a same-day response for emergencies. The victim's location and the carer's identity are kept confidential from each other; the charity handles all contact and updates, including photos sent to the victim through the adviser. Veterinary care is covered by the charity. Officers are briefed to ask about pets as part of risk assessment and to record threats or harm to animals as part of the pattern of abuse. Where an abuser has harmed an animal, officers consider animal welfare offences alongside domestic abuse offences.",
    targetGroups: ['victims', 'families'],
    partnerSectors: ['voluntary-and-charity', 'housing'],
    partners: 'A local domestic abuse service; an animal welfare charity with a fostering network; refuge providers',
    startDate: '2024-09-02',
    endDate: null,
    resources:
      'The charity received £18,000 from the Police and Crime Commissioner for the first year to cover recruitment of carers, pet food, vet bills and coordination. Officer briefings were included in existing domestic abuse training. No police posts are involved.',
    implementationChallenges:
      'Finding foster carers for larger dogs is difficult. Some victims are reluctant to be separated from pets at all. Keeping locations confidential requires care, especially where abusers try to trace the pet. Six months is not always long enough for victims to find housing that accepts pets.',
    lessonsLearned:
      'Early referrals show real demand. Asking about pets at risk assessment uncovers information about control that officers might otherwise miss. We need to work with housing providers so victims can be reunited with pets sooner.',
    evaluationMethod: null,
    evaluationResults: null,
    stage: 'untested',
    outcome: 'promising',
    purposes: ['prevention'],
    topics: ['domestic-abuse', 'partnership-working'],
    recognition: [],
    scale: 'local',
    visibility: 'public',
    submittedAt: '2025-05-13',
  },
  {
    title: 'Mental health conversations for farmers at livestock markets',
    organisation: 'dyfed-powys',
    summary:
      'Farmers and farm workers in rural Wales face isolation, financial pressure and long hours, and suicide rates in farming are high. Rural crime officers, who already have strong relationships with farmers, were trained in mental health first aid and began holding informal conversations at livestock markets alongside a rural support charity. Officers also carry cards with helpline numbers in Welsh and English. The scheme began in 2023 and has not yet been evaluated.',
    problem:
      'Officers in rural crime teams told us that they often found themselves in conversations with farmers who were struggling with debt, bereavement, disease in their herds or family breakdown. Some later died by suicide. Farmers rarely contacted mental health services, and many saw their GP only in emergencies. Police were called to rural mental health crises late, often when the person was already at serious risk. Rural crime officers were trusted in farming communities but had no training in mental health.',
    aims: 'To reach farmers and farm workers who are struggling with their mental health early, before they reach crisis, using the trust rural crime officers have built. We want officers to recognise signs of distress, have supportive conversations and connect people to help. We also want to reduce the stigma of talking about mental health in farming communities, working alongside existing rural charities.',
    approach:
      'All 14 rural crime officers completed a two-day mental health first aid course, with additional input from a farming support charity on the particular pressures farmers face. Officers attend livestock markets and agricultural shows with the charity, offering a cup of tea and informal conversation at a stand that is not branded as a mental health service. Conversations cover rural crime prevention, but officers are alert to signs of distress. Where appropriate, officers refer people, with consent, to the charity, which offers confidential support, financial advice and counselling. Officers carry bilingual cards with helpline numbers. Concerns about immediate risk are referred to the mental health crisis team.',
    targetGroups: ['adults', 'communities'],
    partnerSectors: ['voluntary-and-charity', 'health', 'business'],
    partners:
      "A farming support charity; livestock market operators; the local health board's mental health crisis team; farming unions",
    startDate: '2023-05-01',
    endDate: null,
    resources:
      'Mental health first aid training cost £3,100 for 14 officers. Officers attend markets during normal rural crime duties, about two days a month across the team. The charity funds its own staff. Cards cost £400.',
    implementationChallenges:
      'Some officers felt uncomfortable having conversations about mental health and worried about getting it wrong. Farmers were wary at first that police interest might be linked to firearms licensing. Markets are busy, noisy places. Measuring impact is difficult because conversations are informal and often not recorded.',
    lessonsLearned:
      'Using existing relationships is key: farmers talk to officers they know. Partnering with a farming charity gives credibility. Officers need support after difficult conversations. We need to be clear about firearms licensing so fear does not stop people talking.',
    evaluationMethod: null,
    evaluationResults: null,
    stage: 'untested',
    outcome: 'new-or-innovative',
    purposes: ['prevention'],
    topics: ['mental-health', 'early-intervention'],
    recognition: [],
    scale: 'force-wide',
    visibility: 'public',
    submittedAt: '2024-02-06',
  },
  {
    title: 'Welsh-language first contact for victims of crime',
    organisation: 'north-wales',
    summary:
      "Many victims in the force area speak Welsh as their first language, but most calls and first contacts were handled in English. The force introduced an active offer: call handlers and the victim care unit ask every caller their preferred language at the start, and Welsh-speaking staff are available at all times to take reports and make follow-up calls. Over two years, Welsh-language contacts rose fivefold, and Welsh-speaking victims' satisfaction improved.",
    problem:
      'About a quarter of residents in parts of the force area speak Welsh, many as their first language. Victims told us that when distressed they found it hard to explain what had happened in English, especially older people and children. Few asked for Welsh because they did not expect it to be available or did not want to cause delay. Some victims felt their accounts were less complete in English. The force had a legal duty under Welsh language standards, but practice was inconsistent.',
    aims: "To make sure every victim can report a crime and receive support in the language they are most comfortable with, by actively offering Welsh rather than waiting to be asked. We aimed to improve the quality of victims' accounts and their experience of contact with the police, and to meet our Welsh language duties. We also wanted to make Welsh-language contact a normal part of service.",
    approach:
      "Call handlers greet every caller in both languages and ask which they prefer. A rota makes sure that at least two Welsh-speaking call handlers are on duty at all times, and callers who choose Welsh are transferred. The victim care unit, which contacts victims after a report, records preferred language and assigns Welsh-speaking staff. Frontline officers who speak Welsh wear a badge, and a list of Welsh speakers on duty is available to supervisors. Written material for victims, including information about the Victims' Code, was translated. Staff were offered Welsh lessons during work time.",
    targetGroups: ['victims', 'witnesses', 'communities'],
    partnerSectors: ['voluntary-and-charity', 'local-authority'],
    partners:
      "A national victim support charity's Welsh office; the Welsh Language Commissioner's office; local authorities' Welsh language officers",
    startDate: '2017-09-01',
    endDate: null,
    resources:
      'No new posts; existing Welsh-speaking staff in the control room and victim care unit were rostered differently. Translation of materials cost £6,000. Welsh lessons for staff cost about £12,000 a year. Badges cost £300.',
    implementationChallenges:
      'Maintaining enough Welsh speakers on every shift was difficult, especially at night. Some Welsh-speaking staff felt overloaded. Transferring calls added a small delay. Some victims chose English out of habit even when they would have preferred Welsh.',
    lessonsLearned:
      'Offering, rather than waiting to be asked, makes the difference. Recognise and support Welsh-speaking staff, who carry extra work. Language preference should be recorded once and follow the victim. Good Welsh-language service is part of victim care, not just a legal requirement.',
    evaluationMethod:
      'We compared the number of Welsh-language contacts in the two years before and after the change and analysed victim satisfaction survey results by language. We held two focus groups with Welsh-speaking victims.',
    evaluationResults:
      'Welsh-language contacts rose from about 600 a year to 3,100. Satisfaction among Welsh-speaking victims rose from 71% to 84%, compared with a smaller rise among English-speaking victims. Focus group members said being offered Welsh made them feel respected and better able to explain.',
    stage: 'evaluated-locally',
    outcome: 'worked',
    purposes: ['organisational'],
    topics: ['victims-and-witnesses'],
    recognition: [],
    scale: 'force-wide',
    visibility: 'public',
    submittedAt: '2019-09-10',
  },
  {
    title: 'Shared intelligence cell on trafficking victims in lorry parks',
    organisation: 'national-crime-agency',
    summary:
      'Trafficked people are sometimes moved through motorway services and lorry parks, hidden in vehicles or kept in vans nearby. A shared intelligence cell brings together the agency, regional organised crime units, local forces and the road haulage industry to collect and act on reports from drivers, site staff and patrols. Reports are assessed within hours and passed to the relevant force. The cell started in 2024 and results are not yet available. Tactical details are restricted.',
    problem:
      "Victims of trafficking are moved through lorry parks and motorway services between ports and cities. Drivers and site staff sometimes notice people in distress or unusual activity, but did not know who to tell, and information reported to local forces was rarely linked across areas. The same vehicles and routes appeared in several forces' intelligence without anyone seeing the pattern. Opportunities to identify victims in transit were being missed.",
    aims: 'To identify victims of trafficking being moved through the road network, using information from drivers, site staff and patrols, and to make sure every report is assessed and acted on quickly. We want to link intelligence across force boundaries, identify networks and give local forces the information they need to safeguard victims. We also want to build trust with the haulage industry so that reporting becomes routine.',
    approach:
      'A small cell of intelligence officers from the agency and seconded officers from regional units receives reports from a dedicated reporting route promoted to drivers and site operators, and from police patrols. Each report is assessed within four hours against national systems, and actionable intelligence is passed to the relevant force with a recommendation. Patterns are analysed weekly and shared with regional units. Industry partners trained their staff using material produced by the cell. Safeguarding of victims is led by local forces and support providers. Methods of assessment and tasking are restricted.',
    targetGroups: ['victims', 'adults'],
    partnerSectors: ['other-police-forces', 'business', 'voluntary-and-charity'],
    partners:
      'Regional organised crime units; local police forces; road haulage and motorway service operators; a national anti-trafficking charity',
    startDate: '2024-01-15',
    endDate: null,
    resources:
      'Four intelligence officers and an analyst, partly seconded from regional organised crime units, who return to their units after two years. Awareness materials cost £25,000, shared with industry partners. No new systems were bought; existing intelligence systems are used.',
    implementationChallenges:
      'Reports vary greatly in quality. Some forces act on intelligence quickly and others do not, depending on local capacity. Drivers worry about being involved in investigations or delayed. Data protection rules on sharing with industry partners needed careful handling.',
    lessonsLearned:
      'A single reporting route is simpler for industry than asking them to contact individual forces. Feedback to those who report, where possible, keeps them engaged. Local capacity to respond is the main limiting factor.',
    evaluationMethod:
      'We will review reports received, intelligence disseminated, victims identified and networks disrupted after two years, with an assessment by an independent reviewer.',
    evaluationResults: null,
    stage: 'untested',
    outcome: 'new-or-innovative',
    purposes: ['investigation'],
    topics: ['modern-slavery', 'information-sharing'],
    recognition: [],
    scale: 'national',
    visibility: 'policing',
    submittedAt: '2024-10-22',
  },
  {
    title: 'Domestic abuse referrals from patrols on defence housing estates',
    organisation: 'ministry-of-defence',
    summary:
      "Officers patrolling defence sites and adjoining service family housing sometimes see or hear signs of domestic abuse but have no clear route to pass concerns to the local force and support services. A new protocol means patrol officers record concerns on a simple form that goes the same day to the local force's safeguarding hub and, with the victim's agreement, to a specialist welfare service for service families. It began in 2025 on two sites and has not been evaluated.",
    problem:
      "Service families often live on or near defence sites, away from extended family and frequently moving. Domestic abuse victims in service families may fear that reporting will affect their partner's career, their housing or their right to remain in the country. Our officers on patrol sometimes hear arguments or see injuries, but these concerns were recorded in local logs and rarely reached the local force, which has primary responsibility for domestic abuse in family housing. Victims were therefore missing out on support.",
    aims: 'To make sure that concerns about domestic abuse seen by our officers reach the local force and support services the same day, so that victims receive the same protection and support as any other victim. We also want to make it clear to service families that reporting abuse is the right thing to do and will be taken seriously, and to build working relationships with local forces.',
    approach:
      "Officers on two sites completed a half-day training session on domestic abuse, delivered with the local force's safeguarding team and a welfare service for service families. Patrol officers who see or hear possible signs of domestic abuse complete a short form, which a sergeant sends the same day to the local force's safeguarding hub. Where the risk is immediate, officers call the local force and take action themselves. Where the victim agrees, a referral also goes to a specialist welfare service that understands service life, housing and immigration issues. A monthly meeting with the local force reviews referrals and outcomes.",
    targetGroups: ['victims', 'families', 'police-officers-and-staff'],
    partnerSectors: ['other-police-forces', 'voluntary-and-charity', 'housing'],
    partners: "Two local forces' safeguarding hubs; a welfare service for service families; defence housing managers",
    startDate: '2025-03-03',
    endDate: null,
    resources:
      'Training took about 60 officer hours, delivered free by the local force and the welfare service. A sergeant on each site spends an hour or two a week checking and sending referrals. There is no additional funding.',
    implementationChallenges:
      "Our officers' powers and responsibilities on family housing can be unclear, and roles needed to be agreed with local forces. Some victims fear that reports will reach the chain of command. Officers rotate frequently, so training must be repeated.",
    lessonsLearned:
      'Joint training with the local force built relationships quickly. Explaining confidentiality clearly to victims is essential, especially what will and will not be shared with the chain of command. A simple form gets used; an earlier, longer draft was not.',
    evaluationMethod: null,
    evaluationResults: null,
    stage: 'untested',
    outcome: 'new-or-innovative',
    purposes: ['prevention'],
    topics: ['domestic-abuse', 'information-sharing'],
    recognition: [],
    scale: 'local',
    visibility: 'public',
    submittedAt: '2026-01-20',
  },
  {
    title: 'Problem-solving robbery and exploitation on school bus routes',
    organisation: 'metropolitan',
    summary:
      'In one borough, children travelling home from school were being robbed of phones and money on particular bus routes, and some were then pressured into carrying drugs to pay off invented debts. A neighbourhood team used a problem-solving approach with schools, the bus operator and youth workers: staggered finishing times, youth workers on buses, targeted patrols and a diversion scheme for young people involved. Robberies of children on the routes fell by 46%.',
    problem:
      'Analysis showed that robberies of children aged 11 to 16 in the borough clustered on three bus routes between 3pm and 5pm on school days. Victims were often robbed repeatedly, and some were told they owed money and must work it off by carrying drugs. Several perpetrators were themselves under 18 and had been victims earlier. Many victims did not report, and schools dealt with incidents informally. Parents were increasingly driving children to school, and some children stopped attending.',
    aims: 'To reduce robbery and exploitation of children on the three bus routes, protect victims and stop young people being drawn into exploitation. We aimed to address the conditions that made these journeys risky, divert young people who were committing robberies away from crime and make sure victims felt able to report. We also wanted schools and the bus operator to share responsibility.',
    approach:
      'A neighbourhood sergeant led a problem-solving project using the SARA model. Working with five schools, the team staggered finishing times by 15 minutes so fewer pupils travelled at once. Youth workers from a local charity rode the buses on weekday afternoons. Drivers were trained to report incidents, and the operator improved CCTV on the routes. Officers patrolled key stops at peak times. Schools encouraged reporting through assemblies and a confidential form. Young people identified as involved in robberies were offered a diversion scheme run by the youth offending service, including mentoring and restorative conversations, rather than being taken straight to court, where appropriate. Victims were offered support from a youth victim service.',
    targetGroups: ['children-and-young-people', 'victims', 'people-at-risk-of-offending'],
    partnerSectors: ['education', 'business', 'voluntary-and-charity', 'criminal-justice', 'local-authority'],
    partners:
      "Five secondary schools; the bus operator; a local youth charity; the borough's youth offending service; a youth victim support service",
    startDate: '2018-02-01',
    endDate: '2020-12-31',
    resources:
      'A sergeant and four neighbourhood officers for part of their time. The youth workers on buses cost £24,000 a year, funded by the borough council. CCTV improvements were paid for by the bus operator. Diversion was delivered within existing youth offending service budgets.',
    implementationChallenges:
      "Some schools found staggering times difficult because of shared transport and staff timetables. The bus operator's priority was punctuality. Displacement to other routes occurred in the first months. School closures in 2020 disrupted the project and the evaluation.",
    lessonsLearned:
      'Simple changes such as staggered finishing times can have a big effect. Youth workers on buses were popular with drivers and children. Treat young perpetrators as potential victims of exploitation. Keep partners engaged with regular data on results.',
    evaluationMethod:
      'An independent evaluator compared robberies of children on the three routes with the rest of the borough and with a similar borough over two years before and after, and reviewed diversion outcomes and reporting trends.',
    evaluationResults:
      'Robberies of children on the three routes fell by 46%, compared with 12% across the rest of the borough and 8% in the comparison borough. Some displacement occurred in the first months but faded. Of 38 young people offered diversion, 29 completed it and 24 had no further offences within a year. Reports from schools increased.',
    stage: 'independently-evaluated',
    outcome: 'worked',
    purposes: ['diversion', 'location'],
    topics: ['child-criminal-exploitation', 'serious-violence'],
    recognition: ['tilley-award'],
    scale: 'local',
    visibility: 'public',
    submittedAt: '2021-03-16',
  },
  {
    title: 'Peer support and decompression for armed officers at remote sites',
    organisation: 'civil-nuclear',
    summary:
      'Armed officers at remote nuclear sites work long shifts in isolated locations, often far from family, and have limited access to wellbeing support. The force trained peer supporters on each site and introduced structured decompression sessions after critical incidents, training exercises involving casualties or personal crises. Over two years, 44 peer supporters were trained and more than 300 conversations held. A local evaluation found officers more willing to seek help and fewer absences linked to mental health.',
    problem:
      'Officers at remote sites often work 12-hour shifts in isolated places, with few colleagues and long journeys home. A staff survey found that many felt isolated and unwilling to talk about their mental health, partly because of fears about losing authority to carry firearms. Formal wellbeing services were based far away and rarely used. Sickness absence linked to mental health had risen, and several officers had left citing stress. Line managers felt unequipped to support colleagues.',
    aims: 'To make wellbeing support available on every site, from trusted colleagues, and to reduce the stigma of seeking help. We wanted officers to be able to talk openly without fear of automatic consequences for their firearms authority, and to receive timely support after difficult events. We also aimed to reduce mental health-related sickness absence and improve retention of experienced officers.',
    approach:
      'Volunteers from each site were trained as peer supporters on a three-day course covering active listening, signposting and boundaries. They are available for informal conversations on and off shift and know how to refer colleagues to occupational health, counselling or other support. After critical incidents, demanding exercises or personal crises such as bereavement, a trained peer supporter leads a structured decompression session within 72 hours. Senior leaders made clear in writing that seeking help would not automatically affect authority to carry firearms, and explained when and how decisions about fitness to carry are made. Supervisors had a half-day session on supporting wellbeing. A network of peer supporters meets online monthly.',
    targetGroups: ['police-officers-and-staff'],
    partnerSectors: ['health', 'voluntary-and-charity'],
    partners: "The force's occupational health provider; a police wellbeing charity that provided training",
    startDate: '2022-04-04',
    endDate: null,
    resources:
      'Peer supporter training cost £26,000 for 44 officers. Peer supporters give their time within duties, about two hours a week on average. The monthly network and supervisor training use existing time.',
    implementationChallenges:
      'Fear about firearms authority persisted despite the written assurance. Some sites had too few volunteers. Peer supporters sometimes carried a heavy emotional load and needed supervision themselves. Shift patterns made monthly network meetings difficult.',
    lessonsLearned:
      'A clear, written statement from senior leaders about firearms authority was essential but needed repeating. Peer supporters need their own support. Choose peer supporters who are trusted by colleagues, not just those who volunteer first.',
    evaluationMethod:
      'We compared staff survey results and mental health-related sickness absence in the year before and the second year of the scheme, and peer supporters recorded anonymised numbers of conversations and referrals.',
    evaluationResults:
      'Peer supporters held more than 300 conversations and made 61 referrals. The proportion of officers saying they would seek help if struggling rose from 38% to 59%. Mental health-related sickness days fell by 27%. Some of this may reflect wider national attention to police wellbeing.',
    stage: 'evaluated-locally',
    outcome: 'promising',
    purposes: ['organisational'],
    topics: ['workforce', 'mental-health'],
    recognition: [],
    scale: 'national',
    visibility: 'public',
    submittedAt: '2024-07-09',
  },
  {
    title: 'Building domestic abuse cases that do not rely on the victim',
    organisation: 'greater-manchester',
    summary:
      "Many domestic abuse prosecutions fail when victims, often under pressure or afraid, withdraw support. A team of two detective sergeants and a prosecutor liaison officer coached response officers to gather evidence at the scene that can stand without the victim's statement: body-worn video of injuries and the victim's first account, 999 recordings, neighbours' accounts and photographs. Over 18 months, more domestic abuse cases were charged where the victim had withdrawn, although conviction rates in these cases remained low.",
    problem:
      'In about half of domestic abuse cases that did not lead to a charge, the victim had withdrawn support or declined to give a statement. Victims explained that they feared retaliation, wanted the relationship to continue or had lost confidence in the process. Officers often treated withdrawal as the end of the case. Evidence that could have supported a prosecution without the victim, such as body-worn video recorded at the scene, was often not captured, not retained or not submitted. Prosecutors said files rarely contained enough independent evidence.',
    aims: "To increase the number of domestic abuse cases that can proceed without relying on the victim giving evidence, so that perpetrators are held to account and victims are not made responsible for the outcome. We aimed to improve the quality of evidence gathered at the scene, particularly body-worn video, and to build officers' confidence in presenting these cases. We also wanted to reduce pressure on victims by making clear that the decision to prosecute rests with police and prosecutors.",
    approach:
      "The team reviewed body-worn video from a sample of incidents and produced a short guide for response officers on what to capture: the scene on arrival, the victim's demeanour and first account, injuries, damage, children present and the suspect's behaviour. Officers received a 90-minute briefing, and sergeants reviewed body-worn video for every domestic abuse arrest. The prosecutor liaison officer checked files before submission to make sure all independent evidence was included, such as 999 recordings, medical records and witness statements from neighbours. Victims were told through their independent domestic violence adviser that the case might continue without them and why, and were offered support throughout. The team tracked cases and gave officers feedback on outcomes.",
    targetGroups: ['victims', 'offenders', 'police-officers-and-staff'],
    partnerSectors: ['criminal-justice', 'voluntary-and-charity'],
    partners: 'The Crown Prosecution Service; independent domestic violence adviser services',
    startDate: '2022-10-03',
    endDate: '2024-03-31',
    resources:
      "Two detective sergeants and a prosecutor liaison officer for 18 months, about £170,000 in total, from the force's domestic abuse improvement budget. Briefings used existing training time, and sergeants' video reviews added about ten minutes per arrest.",
    implementationChallenges:
      'Body-worn video was not always switched on before arrival. Storage and retention policies meant some footage was deleted before review. Some victims felt that prosecuting without their support ignored their wishes, and advisers needed clear explanations to pass on. Courts sometimes excluded evidence when the victim did not attend, and defence challenges were common.',
    lessonsLearned:
      'Turning on body-worn video early is the single most important step. Explain to victims why a case may continue without them and make sure their safety is central. Review video quickly after arrest. Charging more cases is not the same as better outcomes; conviction rates need separate attention.',
    evaluationMethod:
      'We compared domestic abuse cases in the 18 months of the project with the previous 18 months, looking at body-worn video capture, charges where the victim had withdrawn and outcomes at court. Independent domestic violence advisers gathered feedback from 25 victims.',
    evaluationResults:
      "Body-worn video was captured in 84% of domestic abuse arrests, up from 61%. Charges in cases where the victim had withdrawn rose from 96 to 188. Conviction rates in these cases were 38%, lower than cases with victim support. Victims' views were mixed: some felt relieved that the decision was not theirs, while others felt unheard.",
    stage: 'evaluated-locally',
    outcome: 'promising',
    purposes: ['investigation'],
    topics: ['domestic-abuse', 'victims-and-witnesses'],
    recognition: [],
    scale: 'force-wide',
    visibility: 'public',
    submittedAt: '2024-05-21',
  },
  {
    title: 'Early help for families experiencing child to parent violence',
    organisation: 'west-yorkshire',
    summary:
      'Parents experiencing violence and abuse from their teenage children often call police as a last resort, and then fear their child will be criminalised. Instead of arrest where it is safe to avoid it, officers now refer families to an early help programme run with a family support charity, offering parenting groups, sessions for the young person and whole-family work. Over 20 months, 134 families were referred. Repeat calls fell among families who completed the programme.',
    problem:
      "Calls about violence by children towards parents, often boys aged 13 to 17 towards mothers, were rising. Police classed these as domestic abuse, but the usual responses did not fit: arrest could damage the child's future, while taking no action left parents at risk. Parents told us that they called police only after months of abuse and were ashamed. Many of the children had experienced domestic abuse themselves, or had special educational needs or mental health difficulties. Repeat calls from the same families were common.",
    aims: "To respond to violence by children towards parents in a way that keeps parents safe, addresses the child's behaviour and its causes, and avoids criminalising the child where that is safe and appropriate. We aimed to reduce repeat incidents, improve family relationships and give parents the confidence to seek help earlier. We also wanted officers to have a clear alternative to arrest or no further action.",
    approach:
      'When officers attend an incident of violence by a child aged 10 to 17 towards a parent or carer, they complete a risk assessment. Where risk is not high and the parent agrees, they refer the family to the programme through the early help hub. A family support charity contacts the family within five working days and offers a 10-week programme: a group for parents on responding to aggressive behaviour and keeping safe, sessions for the young person on managing emotions and repairing relationships, and joint family sessions. Officers are asked to record the incident and consider safeguarding for any siblings. High risk cases continue to be dealt with through criminal justice and multi-agency routes.',
    targetGroups: ['families', 'children-and-young-people', 'people-at-risk-of-offending'],
    partnerSectors: ['local-authority', 'voluntary-and-charity', 'education'],
    partners: "The city council's early help hub; a family support charity; schools' pastoral teams",
    startDate: '2020-01-13',
    endDate: '2021-09-30',
    resources:
      'The charity received £58,000 for the pilot, funded by the violence reduction partnership, covering two family workers and group materials. The early help hub absorbed referrals within existing staff. Officers received a 30-minute online briefing.',
    implementationChallenges:
      'The Covid-19 lockdown began two months after launch. Families were confined together, incidents rose and group sessions moved online. Some young people refused to take part. Officers sometimes referred families where risk was high, and the charity had to escalate those cases.',
    lessonsLearned:
      'Parents welcomed a response that did not criminalise their child. Whole-family work is essential; working only with the young person is not enough. Give officers clear criteria about which cases are suitable. Online groups worked better than expected for parents but less well for young people.',
    evaluationMethod:
      'We compared police calls from referred families in the six months before and after referral, for those who completed and those who did not complete the programme. The charity used a standard family functioning questionnaire at the start and end.',
    evaluationResults:
      'Of 134 families referred, 82 started and 57 completed the programme. Among those who completed, calls to police fell by 63% in the six months after. Among those who did not start or complete, calls fell by 21%. Family functioning scores improved for most completers. Families who completed may have been more motivated, so we cannot be sure of cause.',
    stage: 'evaluated-locally',
    outcome: 'promising',
    purposes: ['diversion', 'reoffending'],
    topics: ['domestic-abuse', 'early-intervention'],
    recognition: [],
    scale: 'local',
    visibility: 'public',
    submittedAt: '2021-12-07',
  },
  {
    title: 'Rapid response to spiking reports in the night-time economy',
    organisation: 'south-wales',
    summary:
      'Reports of drink spiking and needle spiking are often made hours after the event, when evidence has gone. The force now sends officers to take early samples and secure CCTV, using testing kits held by venues and a clear protocol with door staff. Victims are offered a sexual assault referral centre appointment where there is any suggestion of sexual assault. The approach started in January 2025 and is not yet evaluated. Tactical details are restricted.',
    problem:
      'Spiking reports increased, but very few led to a charge. Victims usually reported the next day, after toxicological evidence had gone. Venues did not know how to preserve evidence, and CCTV was overwritten. Victims told support services that they felt disbelieved, and some were told they had simply drunk too much. There was concern that spiking was linked to sexual offences, but this was hard to prove.',
    aims: 'To gather evidence quickly after suspected spiking, so that offences can be investigated and offenders identified, and to make sure victims are believed, supported and offered medical and sexual assault services where needed. We also aim to understand the extent of spiking and its links to sexual offending, and to help venues respond consistently. Above all, we want victims to feel that reporting quickly is worthwhile, even when a prosecution is not possible.',
    approach:
      'Venues in the two main city centres hold testing kits and are trained to preserve glasses, secure CCTV and call police immediately. Officers respond as a priority, take a urine sample with consent within the recommended time and record an initial account on body-worn video. Where any sexual assault is suspected, the victim is offered an appointment at the sexual assault referral centre. Door staff and street pastors have a short protocol to follow. Analysts map all reports to identify venues and times of concern. Victims receive a follow-up call within 48 hours. Details of tactics and analysis are restricted.',
    targetGroups: ['victims', 'adults'],
    partnerSectors: ['business', 'health', 'voluntary-and-charity'],
    partners:
      'Licensed venues and the city centre business improvement districts; the sexual assault referral centre; street pastors',
    startDate: '2025-01-06',
    endDate: null,
    resources:
      'Testing kits cost about £15 each, funded by the business improvement districts. Training was delivered by licensing officers. Laboratory testing costs about £250 per sample from the forensic budget. An analyst spends a day a week on the work.',
    implementationChallenges:
      'Officers are not always available quickly at busy times, especially after midnight. Some victims decline testing. Laboratory results take weeks. Some venues worry that reporting will harm their reputation or their licence.',
    lessonsLearned:
      'Training venue staff is the foundation: they are there first. Make clear to venues that reporting is seen as good practice, not a licensing failure. Victim follow-up calls are valued.',
    evaluationMethod: null,
    evaluationResults: null,
    stage: 'untested',
    outcome: 'new-or-innovative',
    purposes: ['investigation'],
    topics: ['violence-against-women-and-girls', 'rape-and-serious-sexual-offences'],
    recognition: [],
    scale: 'force-wide',
    visibility: 'policing',
    submittedAt: '2026-03-17',
  },
  {
    title: 'Bank and police partnership to interrupt romance fraud',
    organisation: 'kent',
    summary:
      'Romance fraud victims often refuse to believe they are being deceived and keep sending money even after warnings. When bank staff suspect a customer is a romance fraud victim, they can now call a dedicated police officer who visits within 48 hours, working with the bank to pause payments. Officers are trained in how coercion works in romance fraud. Over two years, the scheme prevented an estimated £3.4 million in losses.',
    problem:
      'Romance fraud victims, often lonely or recently bereaved, are manipulated over months by criminals posing as partners. They send large sums and sometimes take out loans. Banks spotted suspicious payments but could do little when the customer insisted on paying. Police usually became involved only after the money had gone. Victims were often deeply attached to the person they believed they loved, and warnings from banks or family were rejected.',
    aims: 'To stop romance fraud earlier by joining up banks and police, so that victims receive a personal visit from a trained officer while payments can still be prevented. We wanted to protect victims from further loss, support them through the emotional impact and gather intelligence on the criminals involved. We also wanted bank staff to have a clear and quick route to police.',
    approach:
      'Six banks with branches in the county agreed a referral route. Where bank staff suspect romance fraud and the customer insists on payment, they can delay the payment and contact a dedicated police officer by phone. The officer visits the customer within 48 hours, often with a bank staff member or family member, and explains how romance fraud works, using examples. Officers are trained in how fraudsters use coercion and emotional control, and approach victims without judgement. Victims are referred to a support charity. Intelligence about accounts and profiles is passed to the regional fraud team. Where the victim continues to pay, further visits are arranged and safeguarding referrals made.',
    targetGroups: ['victims', 'older-people', 'adults'],
    partnerSectors: ['business', 'voluntary-and-charity'],
    partners: 'Six high street banks; a national fraud victim support charity; the regional economic crime unit',
    startDate: '2020-07-01',
    endDate: null,
    resources:
      'Two dedicated PCs within the economic crime unit, funded from the force budget. Specialist training on coercion in romance fraud cost £3,000. Banks provide staff time at their own cost. The support charity is funded separately.',
    implementationChallenges:
      'Victims often became angry and denied being deceived. Some continued to pay through other banks or methods. Banks could legally delay payments only for limited periods. Covid-19 restrictions delayed some visits. Staff turnover in bank branches meant training had to be repeated.',
    lessonsLearned:
      'A face-to-face visit works far better than a phone call or letter. Approach victims with understanding: shame and attachment make denial likely. Repeat visits are often needed. Share intelligence quickly.',
    evaluationMethod:
      'We recorded all referrals, visits and outcomes, and banks estimated the amount of money that would have been sent without intervention. We surveyed 40 victims who had visits, three to six months afterwards.',
    evaluationResults:
      'There were 312 referrals over two years. In 241 cases, victims stopped making payments after a visit. Banks estimated £3.4 million in prevented losses. Of 40 victims surveyed, 29 said the visit helped them accept what had happened. Estimates of prevented losses depend on assumptions about future payments.',
    stage: 'evaluated-locally',
    outcome: 'worked',
    purposes: ['prevention'],
    topics: ['fraud-against-vulnerable-people', 'partnership-working'],
    recognition: ['smarter-practice'],
    scale: 'force-wide',
    visibility: 'public',
    submittedAt: '2022-10-04',
  },
  {
    title: 'Rapid support for teenagers targeted by sextortion',
    organisation: 'northumbria',
    summary:
      'Teenage boys in particular are being targeted by criminals who trick them into sharing intimate images and then demand money. Victims often feel panic and shame, and some have harmed themselves. The force set up a rapid response: a specialist officer and a youth worker contact the young person within hours, focusing first on their safety and on removing images, before any investigation. The approach, developed with young people, began in 2025 and is not yet evaluated.',
    problem:
      'Reports of sextortion involving teenagers rose sharply. Most victims were boys aged 14 to 17, targeted by organised criminals overseas who pretended to be girls. Once an image was shared, victims received threats to send it to family and friends unless they paid. Many paid, which led to more demands. Young people told youth workers that they were terrified and ashamed, and feared getting into trouble. Police responses focused on investigation, which was rarely successful, and victims sometimes waited days for contact.',
    aims: 'To make sure teenagers who report sextortion receive immediate, calm support focused on their safety and wellbeing, and practical help to stop images spreading. We want young people to know they are victims, not in trouble, and to encourage more of them to tell someone. We also want to gather intelligence to support national investigations and improve prevention in schools.',
    approach:
      "Reports involving under-18s are flagged to a specialist officer in the online child exploitation team, who makes contact within four hours during the day and by the next morning overnight. A youth worker from a partner charity joins the call or visit. The first conversation focuses on the young person's safety, reassurance and stopping contact with the criminals. The officer helps with reporting images to platforms and to a national image removal service. Parents are involved where safe and appropriate. The youth worker offers follow-up support for up to six weeks. Investigation and intelligence work follow. Young people helped write the messages used and the guidance for officers.",
    targetGroups: ['children-and-young-people', 'victims', 'families'],
    partnerSectors: ['voluntary-and-charity', 'education'],
    partners: 'A youth charity; a national child internet safety organisation; secondary schools',
    startDate: '2025-06-02',
    endDate: null,
    resources:
      "One specialist officer's time is dedicated to the response. The youth charity is funded at £22,000 a year by the Police and Crime Commissioner. Existing online investigation resources support the work.",
    implementationChallenges:
      'Out-of-hours response is limited. Some parents react angrily, which can make the young person more distressed. Criminals are usually overseas, so investigations rarely lead to prosecution. Young people often delete evidence before reporting.',
    lessonsLearned:
      'The first conversation matters most: reassurance before questions. Young people were clear that hearing the word "victim" helped. Working with schools on prevention is as important as the response, and parents need advice too.',
    evaluationMethod: null,
    evaluationResults: null,
    stage: 'untested',
    outcome: 'new-or-innovative',
    purposes: ['prevention'],
    topics: ['online-harms', 'child-sexual-abuse-and-exploitation', 'voice-of-the-child'],
    recognition: [],
    scale: 'force-wide',
    visibility: 'public',
    submittedAt: '2026-06-23',
  },
  {
    title: 'Custody navigators for young adults arrested for violence',
    organisation: 'essex',
    summary:
      'Young adults aged 18 to 25 arrested for violent offences are offered a conversation in custody with a navigator, a trained worker from a charity who is not police. Navigators help them with housing, work, debt, mental health and relationships for up to six months after release. Over three years, 1,260 young adults were approached and 740 engaged. An independent evaluation found lower reoffending for violence among those who engaged, compared with a matched group.',
    problem:
      'Young adults were responsible for a large share of violent offences, and many were arrested repeatedly. Custody was the point at which they were most in contact with services, but nothing was offered beyond legal advice. Reviews found that many had unmet needs such as homelessness, unemployment, addiction and untreated mental health problems. Police responses alone were not changing their behaviour.',
    aims: 'To use the moment of arrest as an opportunity to offer support that helps young adults stop being involved in violence. We aimed to reduce reoffending, help young adults find stable housing, work or training and address issues such as debt and mental health. We also wanted to reduce the harm caused to victims by repeat violence, and to test whether custody is a workable place to start.',
    approach:
      "A violence reduction charity placed navigators in the force's three main custody suites from 10am to 10pm. Custody staff tell navigators about young adults arrested for violence, and the navigator offers a conversation, explaining they are independent of police. Young adults who agree are supported for up to six months after release, with weekly contact and help with practical issues. Navigators work with housing, job centres, mental health and substance misuse services. Participation is voluntary and does not affect the criminal case. Navigators share information with police only where there is a safeguarding concern or risk of serious harm.",
    targetGroups: ['adults', 'offenders', 'people-at-risk-of-offending'],
    partnerSectors: ['voluntary-and-charity', 'health', 'housing', 'criminal-justice'],
    partners:
      'A violence reduction charity; the probation service; local housing and mental health services; a university research team',
    startDate: '2020-11-02',
    endDate: '2024-03-31',
    resources:
      'Six navigators and a manager, about £280,000 a year, funded by a national violence reduction innovation fund. Custody staff time was absorbed, and the force provided interview rooms. The evaluation cost £55,000.',
    implementationChallenges:
      'Many young adults were released quickly or at night, before navigators could meet them. Some were suspicious of any offer in a police building. Housing was hard to secure. Funding ended in 2024 and the service now runs at reduced capacity.',
    lessonsLearned:
      'Independence from police is essential for trust. Follow-up after release is where most of the work happens. Cover evenings, when many arrests happen. Plan longer-term funding well in advance of the end of a grant.',
    evaluationMethod:
      'University researchers compared violent reoffending within 12 months among 740 young adults who engaged with a matched group of 740 arrested in the same period who were not approached because navigators were not on duty.',
    evaluationResults:
      'Violent reoffending within 12 months was 22% among those who engaged, compared with 29% in the matched group. Effects on non-violent offending were smaller. Those who engaged for more than three months had the best results. Researchers noted that the comparison group, though matched, might differ in ways that were not measured.',
    stage: 'independently-evaluated',
    outcome: 'promising',
    purposes: ['diversion', 'reoffending'],
    topics: ['serious-violence', 'early-intervention'],
    recognition: ['innovation-funded'],
    scale: 'force-wide',
    visibility: 'public',
    submittedAt: '2024-09-10',
  },
  {
    title: 'Multi-agency stalking intervention with mental health clinicians',
    organisation: 'lancashire',
    summary:
      'Stalking often continues despite arrests and orders, partly because many stalkers have mental health problems or fixations that criminal justice alone does not address. A multi-agency stalking clinic brings together police, forensic mental health clinicians, probation and stalking advocates to assess each high-risk case and agree a joint plan. Clinicians can offer treatment to the stalker alongside enforcement. An independent evaluation found fewer repeat reports from victims.',
    problem:
      'Repeat stalking was common. Police arrested, charged and obtained orders, but some stalkers continued from prison or resumed on release. Victims lived in fear for years. Research suggested that many stalkers had mental health problems, personality difficulties or obsessive fixations, but these were rarely assessed. Police, probation and health services each held part of the information but rarely shared it.',
    aims: "To reduce repeat stalking by combining criminal justice action with clinical assessment and treatment for the stalker, and to improve safety and support for victims. We aimed to give police and partners a shared understanding of each stalker's motivation and risk, so that the right mix of enforcement, treatment and management could be used. We also wanted victims to feel that someone was dealing with the cause, not just the latest incident.",
    approach:
      "A fortnightly clinic reviews high-risk stalking cases referred by police or probation. A forensic psychologist or psychiatrist reviews the case and, where possible, assesses the stalker. The clinic agrees a plan combining enforcement, such as arrest and orders, with clinical interventions, such as treatment for mental illness or fixation, and advice to police on how to manage contact. Stalking advocates represent the victim's views and safety needs. Plans are reviewed every three months. Police and clinicians share information under a formal agreement.",
    targetGroups: ['offenders', 'victims'],
    partnerSectors: ['health', 'criminal-justice', 'voluntary-and-charity'],
    partners:
      'The regional forensic mental health service; the probation service; a stalking advocacy charity; a university team that evaluated the clinic',
    startDate: '2018-04-03',
    endDate: '2020-03-31',
    resources:
      'Clinicians, advocates and a police coordinator, costing about £190,000 a year, funded by a Home Office innovation grant and the health service. Police investigators attend the clinic within existing duties.',
    implementationChallenges:
      'Stalkers often refused assessment or treatment. Information sharing between police and health services took months to agree. Some officers saw clinical work as an excuse for stalkers. Capacity limited the clinic to the highest-risk cases.',
    lessonsLearned:
      "Understanding why someone stalks helps police manage them. Clinicians and police need to learn each other's language. The victim's advocate keeps safety central. Treatment alone is not enough; enforcement remains essential.",
    evaluationMethod:
      'University researchers compared repeat stalking reports for 86 cases managed by the clinic with 86 matched cases from before it started, over 12 months, and interviewed victims, stalkers and staff.',
    evaluationResults:
      'Repeat reports from victims fell by 42% in clinic cases, compared with 15% in the comparison group. Victims said they felt safer, though many still feared the stalker. Stalkers who engaged with treatment showed the largest reduction. Numbers were small, and the evaluation could not separate the effects of treatment and enforcement.',
    stage: 'independently-evaluated',
    outcome: 'promising',
    purposes: ['reoffending'],
    topics: ['stalking-and-harassment', 'mental-health'],
    recognition: [],
    scale: 'force-wide',
    visibility: 'public',
    submittedAt: '2020-06-30',
  },
  {
    title: 'Poster campaign on exploitation of seasonal hospitality workers',
    organisation: 'devon-and-cornwall',
    summary:
      'Ahead of two summer seasons, we ran an awareness campaign aimed at seasonal workers in hotels, restaurants and holiday parks, using posters in staff areas, social media adverts in five languages and a leaflet given out by licensing officers. The aim was to help workers recognise exploitation and report it. Despite wide reach online, we received only four reports linked to the campaign, none of which led to a modern slavery investigation. We have stopped it and are trying a different approach.',
    problem:
      'Coastal resorts rely on seasonal workers, many of them recruited from overseas or from other parts of the UK through agencies. Intelligence and a small number of investigations suggested that some were being exploited: working very long hours for little pay, housed in overcrowded accommodation provided by employers and threatened with losing their jobs and beds if they complained. Victims rarely came forward, and we knew little about the scale of the problem.',
    aims: 'To raise awareness among seasonal hospitality workers of what labour exploitation looks like, what their rights are and how to get help, so that more victims would report to us or to a support charity. We also hoped to send a message to employers and agencies that exploitation would be noticed. We wanted to measure whether an information campaign alone could increase reporting in this sector.',
    approach:
      'Working with the local authority and a national anti-slavery helpline, we designed posters and leaflets in English and four other languages, showing signs of exploitation and a free phone number. Licensing officers distributed posters to 320 hotels, restaurants and holiday parks, asking managers to display them in staff areas. Social media adverts targeted people aged 18 to 35 in resort towns from May to September. Neighbourhood officers handed out leaflets during licensing visits. The campaign ran for two summers, with minor changes to the wording in the second year.',
    targetGroups: ['adults', 'victims', 'communities'],
    partnerSectors: ['local-authority', 'business', 'voluntary-and-charity'],
    partners:
      "District councils' licensing teams; a national anti-slavery helpline; local tourism and hospitality business associations",
    startDate: '2023-04-03',
    endDate: '2024-10-31',
    resources:
      "Design, translation and printing cost £7,500, and social media advertising cost £9,000 over two seasons, funded by the Police and Crime Commissioner. Licensing officers and neighbourhood officers distributed material during existing visits. The force's modern slavery coordinator led the campaign for about a day a week during each season.",
    implementationChallenges:
      "We could not check whether posters were displayed; on follow-up visits to 40 premises, only 11 had them up, and often in managers' offices rather than staff areas. Employers exploiting workers were unlikely to display them. Social media reached many people, but mostly tourists and local residents rather than workers. Workers we later spoke to said they feared losing their accommodation more than anything.",
    lessonsLearned:
      'An information campaign relying on employers to distribute it cannot reach workers whose employers are the problem. Awareness is not the main barrier: fear of losing housing and income is. We should have spoken to seasonal workers before designing the campaign. We are now working with a charity to offer confidential outreach and emergency accommodation, which workers told us they needed.',
    evaluationMethod:
      'We recorded calls to the helpline and reports to police mentioning hospitality work in the county, compared them with the two previous summers and asked callers how they had heard about the service. We checked poster display in a sample of 40 premises and spoke to 15 seasonal workers through a charity.',
    evaluationResults:
      'Social media adverts were seen about 410,000 times. Helpline calls and police reports about hospitality workers in the county were similar to previous summers, with four reports mentioning the campaign and none leading to a modern slavery investigation. Of 15 workers interviewed, nine had not seen the campaign, and all said fear of losing their job and housing would stop them reporting.',
    stage: 'evaluated-locally',
    outcome: 'did-not-work',
    purposes: ['prevention'],
    topics: ['modern-slavery'],
    recognition: [],
    scale: 'local',
    visibility: 'public',
    submittedAt: '2025-03-04',
  },
  {
    title: 'Pre-holiday safeguarding conversations on forced marriage and FGM',
    organisation: 'west-midlands',
    summary:
      'The weeks before school summer holidays are a high-risk time for children who may be taken abroad for forced marriage or female genital mutilation. Specialist officers from forces in the region worked with designated safeguarding leads in 120 schools to spot warning signs, hold safe conversations with pupils and make early referrals. Where risk was high, protection orders were sought before travel. The summer project led to 38 referrals and nine protection orders. Tactical details are restricted.',
    problem:
      'Specialist officers found that most referrals about forced marriage and FGM arrived after a child had already been taken abroad, when protective options were very limited. Teachers sometimes noticed signs, such as a pupil talking about a special ceremony, anxiety about a long trip or an older sibling who had not returned, but were unsure whether it was enough to refer. Children were rarely asked directly. Schools and police had no agreed timeline for the period before the holidays.',
    aims: "To identify children at risk of being taken abroad for forced marriage or FGM before they travel, so that they can be protected, and to make sure children's own accounts and wishes are heard. We aimed to build the confidence of school safeguarding leads, agree a clear and quick referral route and increase the use of protection orders where needed. We also wanted to coordinate action across forces in the region, as families often travel through the same airports.",
    approach:
      'In May and June, specialist officers and a charity worker delivered two-hour sessions for designated safeguarding leads from 120 secondary and primary schools. Sessions covered warning signs, how to have a safe, private conversation with a child and what to do next, including not contacting the family if that might increase risk. Schools were given a direct phone line to a regional specialist team for the six weeks before the holidays. Officers responded to each referral within 24 hours, speaking to the child first wherever possible. Where risk was high, officers worked with the local authority to apply for forced marriage or FGM protection orders, which can include surrender of passports. Intelligence was shared with airport police and border staff across the region.',
    targetGroups: ['children-and-young-people', 'families', 'victims'],
    partnerSectors: ['education', 'local-authority', 'voluntary-and-charity', 'other-police-forces'],
    partners:
      "Designated safeguarding leads in 120 schools; local authorities' children's services; a charity supporting women and girls affected by FGM and forced marriage; neighbouring forces and airport policing teams",
    startDate: '2019-07-01',
    endDate: '2019-09-30',
    resources:
      'Four specialist officers from across the region gave about three weeks each to training and the referral line. The charity was paid £5,000 for co-delivering sessions. Legal costs for protection orders were met by local authorities. Schools released staff for training.',
    implementationChallenges:
      'Some teachers worried about being seen as targeting particular communities. Referrals peaked in the final week of term, stretching the team. Some children were reluctant to speak for fear of consequences for their family. Coordinating across several local authorities with different procedures was difficult.',
    lessonsLearned:
      'Timing matters: training must happen well before the end of term. Speak to the child first, privately. Direct lines to specialist officers give teachers confidence. Be clear that the aim is protecting children, not targeting communities. Plan extra capacity for the last week of term.',
    evaluationMethod:
      'We compared referrals from schools in the six weeks before the summer holidays with the same period in the previous year, and tracked outcomes, including protection orders. We surveyed safeguarding leads after the holidays.',
    evaluationResults:
      'Schools made 38 referrals, compared with 7 in the same period the year before. Nine protection orders were obtained, and in four cases passports were surrendered. No child referred is known to have been taken abroad. Of 74 safeguarding leads who responded to the survey, 63 said they felt more confident. We cannot know how many children at risk were not identified.',
    stage: 'evaluated-locally',
    outcome: 'promising',
    purposes: ['prevention'],
    topics: ['honour-based-abuse', 'voice-of-the-child'],
    recognition: [],
    scale: 'regional',
    visibility: 'policing',
    submittedAt: '2020-08-18',
  },
  {
    title: 'Health-led support for people who call emergency services frequently',
    organisation: 'nottinghamshire',
    summary:
      'A small number of people, often in mental distress, call police and ambulance services dozens of times a month. A health-led team of a mental health nurse, a police officer and an ambulance paramedic now works with each person to understand why they call and to arrange the support they need. The approach is deliberately supportive rather than punitive. In its first 18 months, calls from the 40 people supported fell by 58%, and most said their lives had improved.',
    problem:
      'In one year, 40 people accounted for more than 6,000 calls to police and ambulance services. Many were experiencing mental distress, loneliness, addiction or housing problems, and some had a history of trauma including domestic and sexual abuse. Responses were inconsistent: officers attended repeatedly with little effect, and some callers were warned or prosecuted for misusing the emergency line, which made their distress worse. No single agency took responsibility for understanding why they called.',
    aims: 'To reduce repeated emergency calls by meeting the underlying needs of the people who make them, and to make sure they receive a consistent, compassionate response. We aimed to reduce demand on police and ambulance services while improving the health and wellbeing of callers. We also wanted to avoid criminalising people in distress, and to make sure any plan was agreed with the person rather than imposed on them.',
    approach:
      'The team is led by a mental health nurse from the local trust, with a police constable and a paramedic. Each month, data from police and ambulance services identifies people calling most often. The nurse contacts the person, usually visiting with the constable or paramedic, to understand what is happening in their life and what they need. A support plan is agreed with the person, covering who they can contact instead of 999 at different times, and agreed responses for call handlers. The team coordinates with GPs, housing, substance misuse and voluntary services. Prosecution or warnings are used only as a last resort and must be agreed by the nurse. Plans are reviewed monthly and closed when calls reduce and support is in place.',
    targetGroups: ['adults', 'victims'],
    partnerSectors: ['health', 'local-authority', 'housing', 'voluntary-and-charity'],
    partners:
      "The local mental health trust; the regional ambulance service; the city council's adult social care and housing teams; local mental health and addiction charities",
    startDate: '2017-06-01',
    endDate: null,
    resources:
      'A mental health nurse funded by the trust, a police constable funded by the force and a paramedic seconded by the ambulance service, costing about £150,000 a year in total. A police analyst provides monthly data. The team uses existing office space in a health building.',
    implementationChallenges:
      'Some callers did not want to engage, and the team had to respect this. Agreeing data sharing between three organisations took time. Some officers and call handlers wanted a tougher response and were frustrated when prosecutions were not pursued. Services that the team referred to often had waiting lists.',
    lessonsLearned:
      'A health lead keeps the focus on needs rather than enforcement. Agreeing plans with the person, not about them, is central to trust. Many frequent callers have experienced abuse and should be treated as potential victims. Watch for the risk that schemes like this become punitive; we have built in review by the nurse to prevent this.',
    evaluationMethod:
      'We compared calls to police and ambulance services from the 40 people supported in the 12 months before and after the team started working with them. We held structured interviews with 18 of them about their wellbeing and experience.',
    evaluationResults:
      "Calls from the 40 people fell by 58%, from 6,120 to 2,570. Emergency department attendances among them fell by 37%. Of 18 people interviewed, 14 said their lives had improved and they felt listened to, while four said little had changed. Two people's calls increased. Reductions were largest where housing or addiction support was put in place.",
    stage: 'evaluated-locally',
    outcome: 'worked',
    purposes: ['organisational'],
    topics: ['mental-health', 'partnership-working'],
    recognition: [],
    scale: 'force-wide',
    visibility: 'public',
    submittedAt: '2019-05-21',
  },
  {
    title: 'Linking repeat non-crime calls to find hidden adults at risk',
    organisation: 'avon-and-somerset',
    summary:
      'Adults being neglected, exploited or abused at home often come to police attention through a series of minor calls, such as concern for welfare, noise or suspicious visitors, which are never linked. An analyst now reviews weekly data on repeated non-crime calls about the same address or person and flags patterns to a safeguarding triage team, which decides whether to contact partners or visit. The approach started in September 2025 and has not yet been evaluated. Analytical rules are restricted.',
    problem:
      'Reviews of serious harm to adults, including financial exploitation of older people and neglect of adults with learning disabilities, found that police had received several calls about the same address or person before the harm came to light. Each call was closed as a non-crime incident. Different officers attended, and no one saw the pattern. Adult safeguarding referrals were made only when a single incident met a threshold.',
    aims: 'To identify adults at risk of abuse, neglect or exploitation earlier by linking repeated non-crime calls about the same person or address, so that patterns can be spotted and partners involved before serious harm occurs. We want to use existing data in a proportionate way, avoid unnecessary intrusion and make sure decisions are made by trained staff rather than automatically. We also want to learn which patterns are most useful.',
    approach:
      'Each week, an analyst runs a query of incident data to find addresses and people linked to several non-crime calls in the previous 90 days, focusing on concern for welfare, suspicious visitors, financial concerns and calls from neighbours or carers. A short summary is produced for each pattern. A safeguarding triage team of a sergeant and a police staff researcher reviews the summaries, checks other records and decides whether no action is needed, partners should be consulted or a visit should be made. Any referral to adult social care follows the normal process. Data protection impact assessment and ethical review took place before launch. Rules and thresholds are restricted to avoid misuse.',
    targetGroups: ['adults', 'older-people', 'victims'],
    partnerSectors: ['local-authority', 'health'],
    partners: "Local authorities' adult social care teams; the force's data ethics committee",
    startDate: '2025-09-01',
    endDate: null,
    resources:
      'An analyst for about a day a week. The safeguarding triage team reviews patterns as part of existing duties, adding about four hours a week. The query uses existing systems, so there was no software cost.',
    implementationChallenges:
      "Data quality is variable: addresses and names are recorded inconsistently. Many patterns turn out to have an innocent explanation. The triage team's workload is already high. The ethics committee asked for careful monitoring of who is flagged.",
    lessonsLearned:
      'Early signs are that a human review of each pattern is essential; many flags are not about safeguarding. Involve the ethics committee before starting. Keep the query focused to avoid flooding the triage team with cases.',
    evaluationMethod:
      'We will record patterns flagged, decisions made and outcomes for 12 months, and ask adult social care to review a sample of cases.',
    evaluationResults: null,
    stage: 'untested',
    outcome: 'new-or-innovative',
    purposes: ['organisational'],
    topics: ['adults-at-risk', 'information-sharing'],
    recognition: [],
    scale: 'force-wide',
    visibility: 'policing',
    submittedAt: '2026-10-06',
  },
  {
    title: 'Station-based interventions for children travelling on county lines',
    organisation: 'british-transport-police',
    summary:
      "Children exploited by county lines gangs often travel by train to and from the areas where drugs are sold. Officers at major stations, working with youth workers and children's services, now carry out intelligence-led operations to identify and safeguard children travelling alone in suspicious circumstances. Children are treated as potential victims first. Over two years, officers safeguarded more than 200 children and made referrals to the national referral mechanism for most of them. Tactical details are restricted.",
    problem:
      "County lines gangs use the rail network to move children and drugs between cities and towns. Children travelling alone, often missing from home, pass through major stations without being noticed. Those who were stopped were usually dealt with as offenders, and safeguarding opportunities were missed. Information about children found at stations was not consistently shared with their home force or children's services.",
    aims: 'To identify children being exploited by county lines gangs as they travel by train, safeguard them and treat them as victims of exploitation, while gathering intelligence to target those exploiting them. We aimed to make sure every child found was safeguarded and referred to the right services, and to share information quickly with home forces. We also wanted to train rail staff to recognise and report concerns.',
    approach:
      "Intelligence-led operations run several times a month at major stations on known county lines routes, using information about missing children, routes and times. Officers in plain clothes and uniform look for children travelling alone in suspicious circumstances. Youth workers from a national charity attend some operations to talk to children. When a child is found, the priority is safeguarding: officers contact the home force and children's services, arrange a safe return and consider a national referral mechanism referral. Intelligence is shared with home forces and regional units. Rail staff across the network were trained to recognise signs of exploitation and report them. Details of tactics are restricted.",
    targetGroups: ['children-and-young-people', 'victims'],
    partnerSectors: ['other-police-forces', 'business', 'voluntary-and-charity', 'local-authority'],
    partners:
      "Home forces' exploitation teams; train operating companies and station staff; a national youth charity; local authorities' children's services",
    startDate: '2019-02-04',
    endDate: null,
    resources:
      'A dedicated county lines team of a sergeant and six constables, with analyst support. Youth workers were funded through a national grant. Training for rail staff used an online module developed with train operators.',
    implementationChallenges:
      "Identifying children at risk among large numbers of travellers is difficult. Home forces and children's services are not always available quickly, especially at night. Some children refused help and returned to the gangs. Gangs adapted by using coaches, cars and older couriers.",
    lessonsLearned:
      'Youth workers at operations help children talk. Agree procedures with home forces in advance. Safeguarding must come first, even when drugs are found. Expect gangs to adapt, and keep intelligence current.',
    evaluationMethod:
      'We reviewed all children found during operations over two years, recording safeguarding outcomes, national referral mechanism referrals, intelligence shared and arrests of adults. We surveyed home forces on the usefulness of information shared.',
    evaluationResults:
      'Officers safeguarded 214 children, with 176 national referral mechanism referrals. Intelligence shared led to 63 arrests of adults linked to county lines. Most home forces rated the information as useful. We could not measure the effect on the overall use of trains by county lines, and gangs adapted.',
    stage: 'evaluated-locally',
    outcome: 'worked',
    purposes: ['location'],
    topics: ['child-criminal-exploitation', 'missing-people'],
    recognition: [],
    scale: 'national',
    visibility: 'policing',
    submittedAt: '2021-01-19',
  },
]

"""Small demo content for alliance_desk: one fictional company and six alliances.

Lindeboom Medical B.V., a Dutch medical-technology firm, manages six partnerships that
together show what alliance management is about: our goals next to the partner's and the
shared goals, stakeholders across departments on both sides, health checks by both sides
(with trends and perception gaps), maturity of both organisations, actions, decisions asked
of senior management, and risks.

The demo's "present" is 2026-11-15. All organisations, people and web addresses are
fictional. Pure data: dicts, lists, tuples, strings, ints and None.

Score tuples are (value, comment or None). Action and decision sources are None,
("evaluation", evaluated_on, respondent_side) or ("meeting", held_on).
"""

from typing import Any

OWN_ORGANISATION: dict[str, Any] = {
    "name": "Lindeboom Medical B.V.",
    "sector": "Medical technology: patient monitoring and infusion systems",
    "country": "NL",
    "website": "https://www.lindeboom-medical.example",
    "notes": (
        "Family-founded medtech company in Enschede, about 1,100 employees and EUR 240 m "
        "turnover. Sells in 30 countries, directly in the Benelux and through partners "
        "elsewhere. One alliance manager (Sanne de Wit) since 2023, reporting to the CEO."
    ),
}

# Self-assessments of our own alliance capability, oldest first.
OWN_MATURITY: list[dict[str, Any]] = [
    {
        "assessed_on": "2024-02-12",
        "assessor": "Sanne de Wit",
        "remarks": (
            "Baseline. Alliances were run by whichever department signed the contract; "
            "nobody could list all partners or their status."
        ),
        "levels": {
            "collaboration_mindset": (
                2,
                ("Partners seen as suppliers or customers; 'what is in it for them' rarely asked."),
            ),
            "executive_support": (2, None),
            "evaluation_practice": (
                1,
                ("No health checks; problems surfaced only as escalations."),
            ),
            "processes_tools": (1, None),
            "dedicated_resources": (2, None),
            "learning": (1, "No debriefs; lessons leave with the people."),
        },
    },
    {
        "assessed_on": "2025-02-18",
        "assessor": "Sanne de Wit with Partnerwijs (external facilitator)",
        "remarks": (
            "Alliance manager in place for a year. Health checks run on three alliances; "
            "executive attention still depends on the CEO's agenda."
        ),
        "levels": {
            "collaboration_mindset": (3, None),
            "executive_support": (
                2,
                ("Sponsors named for every alliance, but two never attended a steering committee."),
            ),
            "evaluation_practice": (
                2,
                ("Six-monthly health checks for three alliances, partner side included."),
            ),
            "processes_tools": (2, None),
            "dedicated_resources": (
                3,
                (
                    "One dedicated alliance manager; department "
                    "contacts do alliance work on top of their day "
                    "job."
                ),
            ),
            "learning": (2, None),
        },
    },
    {
        "assessed_on": "2026-02-10",
        "assessor": "Sanne de Wit with Partnerwijs (external facilitator)",
        "remarks": (
            "Clear progress: a common alliance playbook, health checks on all alliances "
            "and a quarterly portfolio review with the executive board."
        ),
        "levels": {
            "collaboration_mindset": (
                4,
                (
                    "Win-win thinking is visible in the Brenner and "
                    "UMC Oostland alliances; still transactional "
                    "with distributors."
                ),
            ),
            "executive_support": (3, None),
            "evaluation_practice": (3, None),
            "processes_tools": (
                3,
                ("Playbook, stakeholder maps and the evaluation template are used everywhere."),
            ),
            "dedicated_resources": (3, None),
            "learning": (
                3,
                ("Lessons-learned sessions held, but not yet built into the playbook."),
            ),
        },
    },
]

ALLIANCES: list[dict[str, Any]] = [
    # 1. Brenner & Söhne (DE): co-development, value creation, green
    {
        "partner": {
            "name": "Brenner & Söhne Sensortechnik GmbH",
            "sector": "Optical and MEMS sensor manufacturing",
            "country": "DE",
            "website": "https://www.brenner-soehne.example",
            "notes": (
                "Third-generation family firm in Jena, 380 staff, mostly automotive "
                "customers. Engineering-driven; decisions are taken by the "
                "Geschäftsführung and confirmed in writing before anyone acts."
            ),
        },
        "partner_maturity": [
            {
                "assessed_on": "2023-04-20",
                "assessor": "Sanne de Wit",
                "remarks": (
                    "Assessed during contract negotiation. Strong engineers, no experience "
                    "with partnerships outside customer-supplier relations."
                ),
                "levels": {
                    "collaboration_mindset": (2, None),
                    "executive_support": (3, None),
                    "evaluation_practice": (
                        1,
                        ("Never evaluated a partnership; asked what a health check was for."),
                    ),
                    "processes_tools": (1, None),
                    "dedicated_resources": (
                        1,
                        ("No alliance role; the managing director handles it herself."),
                    ),
                    "learning": (1, None),
                },
            },
            {
                "assessed_on": "2025-06-10",
                "assessor": "Sanne de Wit",
                "remarks": (
                    "Brenner appointed a business developer for medical (Tobias Engel) who "
                    "acts as alliance contact."
                ),
                "levels": {
                    "collaboration_mindset": (
                        3,
                        ("Open about their own goals since the 2024 IP workshop."),
                    ),
                    "executive_support": (3, None),
                    "evaluation_practice": (2, None),
                    "processes_tools": (2, None),
                    "dedicated_resources": (2, None),
                    "learning": (2, None),
                },
            },
            {
                "assessed_on": "2026-06-09",
                "assessor": "Sanne de Wit and Tobias Engel",
                "remarks": (
                    "First assessment done together. Brenner now runs our health-check "
                    "template with its own team before each steering committee."
                ),
                "levels": {
                    "collaboration_mindset": (3, None),
                    "executive_support": (4, None),
                    "evaluation_practice": (
                        3,
                        ("Fills in health checks seriously and discusses them internally first."),
                    ),
                    "processes_tools": (2, None),
                    "dedicated_resources": (
                        2,
                        (
                            "Still one person; Tobias Engel spends about "
                            "half his time on the alliance."
                        ),
                    ),
                    "learning": (3, None),
                },
            },
        ],
        "name": "Brenner optical sensor co-development",
        "alliance_type": "co_development",
        "lifecycle_stage": "value_creation",
        "status_rag": "green",
        "status_reason": (
            "The prototype patch passed clinical feasibility in September and both "
            "sponsors are engaged; industrialisation is on plan."
        ),
        "start_date": "2023-03-01",
        "renewal_date": "2027-02-28",
        "contract_reference": "LM-CD-2023-004",
        "description": (
            "Joint development of a reflective optical sensor for Lindeboom's "
            "wireless patient patch (SpO2, heart rate, respiration). Brenner designs "
            "and makes the sensor; Lindeboom integrates it, runs clinical validation "
            "and owns MDR certification."
        ),
        "our_resources": (
            "Six R&D engineers, the clinical validation team, the MDR technical "
            "file and access to three Dutch hospital test sites."
        ),
        "partner_resources": (
            "An optical design team of four, MEMS clean-room capacity and a "
            "pilot production line in Jena."
        ),
        "health_check_interval_days": 180,
        "goals": [
            {
                "kind": "ours",
                "description": "Launch the wireless patch with a sensor we control by Q3 2027",
                "measure": "CE mark under MDR and first commercial shipment",
                "target_date": "2027-09-30",
                "progress": 55,
            },
            {
                "kind": "ours",
                "description": "Cut the sensor cost by 30% compared with the bought-in module",
                "measure": "Sensor cost per patch at or below EUR 11.20",
                "target_date": "2027-03-31",
                "progress": 40,
            },
            {
                "kind": "partner",
                "description": "Enter the medical market to reduce dependence on automotive customers",
                "measure": "Medical revenue at least 15% of Brenner turnover",
                "target_date": "2027-12-31",
                "progress": 25,
            },
            {
                "kind": "partner",
                "description": "Get the Jena pilot line certified to ISO 13485",
                "measure": "Certificate issued by the notified body",
                "target_date": "2026-12-31",
                "progress": 80,
            },
            {
                "kind": "shared",
                "description": "A sensor module that meets clinical accuracy requirements",
                "measure": (
                    "SpO2 error (ARMS) of 2.5% or less across skin tones in the feasibility study"
                ),
                "target_date": "2026-09-30",
                "progress": 100,
            },
            {
                "kind": "shared",
                "description": "A joint patent portfolio for multi-wavelength reflective sensing",
                "measure": "Two joint patent applications filed",
                "target_date": "2026-12-31",
                "progress": 50,
            },
            {
                "kind": "shared",
                "description": "Stable series production",
                "measure": "Yield of 92% or more over three consecutive pilot batches",
                "target_date": "2027-06-30",
                "progress": 35,
            },
        ],
        "stakeholders": [
            {
                "side": "us",
                "name": "Pieter Bakker",
                "department": "Executive board",
                "role": "Chief Technology Officer",
                "seniority": "executive",
                "direction": "upwards",
                "is_sponsor": True,
                "email": "pieter.bakker@lindeboom-medical.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2023-03-10",
                        "power": 9,
                        "interest": 8,
                        "attitude": "champion",
                        "note": None,
                    },
                    {
                        "assessed_on": "2025-06-01",
                        "power": 9,
                        "interest": 9,
                        "attitude": "champion",
                        "note": "Mentions the patch in every investor update.",
                    },
                ],
            },
            {
                "side": "us",
                "name": "Thijs Mulder",
                "department": "R&D",
                "role": "Head of sensor R&D",
                "seniority": "senior",
                "direction": "sidewards",
                "is_sponsor": False,
                "email": "thijs.mulder@lindeboom-medical.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2023-03-10",
                        "power": 7,
                        "interest": 9,
                        "attitude": "supporter",
                        "note": None,
                    },
                    {
                        "assessed_on": "2024-11-20",
                        "power": 7,
                        "interest": 9,
                        "attitude": "critic",
                        "note": "Frustrated by slow design-change approvals in Jena.",
                    },
                    {
                        "assessed_on": "2025-06-01",
                        "power": 7,
                        "interest": 9,
                        "attitude": "supporter",
                        "note": "Decision-rights matrix solved most of it.",
                    },
                ],
            },
            {
                "side": "us",
                "name": "Ingrid Scholten",
                "department": "Quality & Regulatory",
                "role": "QA/RA manager",
                "seniority": "senior",
                "direction": "sidewards",
                "is_sponsor": False,
                "email": "ingrid.scholten@lindeboom-medical.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2023-03-10",
                        "power": 8,
                        "interest": 6,
                        "attitude": "neutral",
                        "note": None,
                    },
                    {
                        "assessed_on": "2026-03-02",
                        "power": 8,
                        "interest": 8,
                        "attitude": "supporter",
                        "note": "Coaches Brenner's quality manager towards ISO 13485.",
                    },
                ],
            },
            {
                "side": "us",
                "name": "Bas Kuipers",
                "department": "Finance",
                "role": "Business controller R&D",
                "seniority": "middle",
                "direction": "sidewards",
                "is_sponsor": False,
                "email": "bas.kuipers@lindeboom-medical.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2024-05-06",
                        "power": 6,
                        "interest": 4,
                        "attitude": "critic",
                        "note": "Sees only cost; no view on the sensor business case.",
                    },
                    {
                        "assessed_on": "2026-05-26",
                        "power": 6,
                        "interest": 6,
                        "attitude": "neutral",
                        "note": None,
                    },
                ],
            },
            {
                "side": "us",
                "name": "Hanna Vermeulen",
                "department": "Legal",
                "role": "Corporate counsel (IP and contracts)",
                "seniority": "senior",
                "direction": "sidewards",
                "is_sponsor": False,
                "email": "hanna.vermeulen@lindeboom-medical.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2023-03-10",
                        "power": 6,
                        "interest": 7,
                        "attitude": "supporter",
                        "note": None,
                    }
                ],
            },
            {
                "side": "us",
                "name": "Daan Peters",
                "department": "Operations",
                "role": "Operations director",
                "seniority": "senior",
                "direction": "sidewards",
                "is_sponsor": False,
                "email": "daan.peters@lindeboom-medical.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2025-06-01",
                        "power": 7,
                        "interest": 5,
                        "attitude": "neutral",
                        "note": None,
                    },
                    {
                        "assessed_on": "2026-09-30",
                        "power": 7,
                        "interest": 8,
                        "attitude": "supporter",
                        "note": "Now owns the industrialisation work stream.",
                    },
                ],
            },
            {
                "side": "us",
                "name": "Martijn de Graaf",
                "department": "Procurement",
                "role": "Category manager electronics",
                "seniority": "middle",
                "direction": "sidewards",
                "is_sponsor": False,
                "email": "martijn.degraaf@lindeboom-medical.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2024-05-06",
                        "power": 5,
                        "interest": 7,
                        "attitude": "critic",
                        "note": (
                            "Warns against a single-source sensor from a firm new to medtech."
                        ),
                    }
                ],
            },
            {
                "side": "partner",
                "name": "Dr. Katharina Brenner",
                "department": "Executive board",
                "role": "Managing director",
                "seniority": "executive",
                "direction": "outwards",
                "is_sponsor": True,
                "email": "katharina.brenner@brenner-soehne.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2023-03-10",
                        "power": 10,
                        "interest": 8,
                        "attitude": "champion",
                        "note": None,
                    },
                    {
                        "assessed_on": "2026-06-09",
                        "power": 10,
                        "interest": 9,
                        "attitude": "champion",
                        "note": "Calls the alliance Brenner's entry ticket to medtech.",
                    },
                ],
            },
            {
                "side": "partner",
                "name": "Matthias Vogel",
                "department": "R&D",
                "role": "Head of optical design",
                "seniority": "senior",
                "direction": "outwards",
                "is_sponsor": False,
                "email": "matthias.vogel@brenner-soehne.example",
                "notes": "Key person: designed the multi-wavelength emitter layout.",
                "assessments": [
                    {
                        "assessed_on": "2023-03-10",
                        "power": 7,
                        "interest": 8,
                        "attitude": "supporter",
                        "note": None,
                    }
                ],
            },
            {
                "side": "partner",
                "name": "Stefanie Krüger",
                "department": "Quality & Regulatory",
                "role": "Quality manager",
                "seniority": "middle",
                "direction": "outwards",
                "is_sponsor": False,
                "email": "stefanie.krueger@brenner-soehne.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2024-05-06",
                        "power": 5,
                        "interest": 6,
                        "attitude": "neutral",
                        "note": None,
                    },
                    {
                        "assessed_on": "2026-03-02",
                        "power": 6,
                        "interest": 9,
                        "attitude": "supporter",
                        "note": "Leads the ISO 13485 project.",
                    },
                ],
            },
            {
                "side": "partner",
                "name": "Uwe Lehmann",
                "department": "Operations",
                "role": "Pilot line manager",
                "seniority": "operational",
                "direction": "outwards",
                "is_sponsor": False,
                "email": "uwe.lehmann@brenner-soehne.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2025-06-01",
                        "power": 4,
                        "interest": 7,
                        "attitude": "supporter",
                        "note": None,
                    }
                ],
            },
            {
                "side": "partner",
                "name": "Claudia Weiß",
                "department": "Finance",
                "role": "Commercial director (Kaufmännische Leitung)",
                "seniority": "senior",
                "direction": "outwards",
                "is_sponsor": False,
                "email": "claudia.weiss@brenner-soehne.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2024-05-06",
                        "power": 8,
                        "interest": 5,
                        "attitude": "critic",
                        "note": "Questions medical investments with long payback.",
                    },
                    {
                        "assessed_on": "2025-11-18",
                        "power": 8,
                        "interest": 6,
                        "attitude": "critic",
                        "note": None,
                    },
                    {
                        "assessed_on": "2026-06-09",
                        "power": 8,
                        "interest": 7,
                        "attitude": "neutral",
                        "note": "Softened after the cost-per-unit model was shared.",
                    },
                ],
            },
            {
                "side": "partner",
                "name": "Tobias Engel",
                "department": "Sales",
                "role": "Business developer medical (alliance contact)",
                "seniority": "middle",
                "direction": "outwards",
                "is_sponsor": False,
                "email": "tobias.engel@brenner-soehne.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2024-05-06",
                        "power": 5,
                        "interest": 10,
                        "attitude": "champion",
                        "note": None,
                    }
                ],
            },
            {
                "side": "partner",
                "name": "Dr. Felix Roth",
                "department": "Legal",
                "role": "Patent attorney",
                "seniority": "middle",
                "direction": "outwards",
                "is_sponsor": False,
                "email": None,
                "notes": "External firm in Munich, mandated by Brenner for the joint filings.",
                "assessments": [
                    {
                        "assessed_on": "2024-03-12",
                        "power": 5,
                        "interest": 5,
                        "attitude": "neutral",
                        "note": None,
                    }
                ],
            },
        ],
        "counterparts": [
            {
                "ours": "Pieter Bakker",
                "partner": "Dr. Katharina Brenner",
                "function": "Executive sponsors",
                "escalation_level": 3,
                "note": "Meet twice a year in person, plus the steering committee.",
            },
            {
                "ours": "Thijs Mulder",
                "partner": "Matthias Vogel",
                "function": "Product development",
                "escalation_level": 2,
                "note": None,
            },
            {
                "ours": "Ingrid Scholten",
                "partner": "Stefanie Krüger",
                "function": "Quality and certification",
                "escalation_level": 1,
                "note": "Monthly call on ISO 13485 and the MDR technical file.",
            },
            {
                "ours": "Daan Peters",
                "partner": "Uwe Lehmann",
                "function": "Industrialisation",
                "escalation_level": 1,
                "note": None,
            },
            {
                "ours": "Hanna Vermeulen",
                "partner": "Dr. Felix Roth",
                "function": "Patents and contracts",
                "escalation_level": 2,
                "note": None,
            },
            {
                "ours": "Martijn de Graaf",
                "partner": "Tobias Engel",
                "function": "Commercial terms and supply",
                "escalation_level": 2,
                "note": "Tobias is also the overall alliance contact, so he is stretched.",
            },
        ],
        "evaluations": [
            {
                "evaluated_on": "2024-05-14",
                "respondent_side": "us",
                "respondent": "Sanne de Wit",
                "remarks": (
                    "First formal health check. Technical progress good; decisions in Jena slow."
                ),
                "scores": {
                    "strategic_fit": (4, None),
                    "value_creation": (3, None),
                    "operational_effectiveness": (2, ("Sample deliveries three weeks late twice.")),
                    "governance": (
                        2,
                        ("Design changes wait for the managing director's signature."),
                    ),
                    "relationship": (3, None),
                    "executive_support": (4, None),
                    "learning": (2, "No debriefs after sprints yet."),
                },
            },
            {
                "evaluated_on": "2024-05-16",
                "respondent_side": "partner",
                "respondent": "Tobias Engel",
                "remarks": None,
                "scores": {
                    "strategic_fit": (4, None),
                    "value_creation": (3, None),
                    "operational_effectiveness": (3, None),
                    "governance": (3, "Monthly meeting works well for us."),
                    "relationship": (4, "Open contact between engineers."),
                    "executive_support": (4, None),
                    "learning": (2, "Not used to reviewing the collaboration itself."),
                },
            },
            {
                "evaluated_on": "2024-11-12",
                "respondent_side": "us",
                "respondent": "Sanne de Wit",
                "remarks": None,
                "scores": {
                    "strategic_fit": (4, None),
                    "value_creation": (3, None),
                    "operational_effectiveness": (3, None),
                    "governance": (2, ("Still no decision rights below managing-director level.")),
                    "relationship": (3, ("Good at engineering level, formal at management level.")),
                    "executive_support": (4, None),
                    "learning": (2, "Sprint debriefs still ad hoc."),
                },
            },
            {
                "evaluated_on": "2024-11-12",
                "respondent_side": "partner",
                "respondent": "Tobias Engel",
                "remarks": "We do not understand why Lindeboom sees governance as a problem.",
                "scores": {
                    "strategic_fit": (4, "Fits our plan to diversify."),
                    "value_creation": (3, None),
                    "operational_effectiveness": (3, None),
                    "governance": (4, ("Decisions are careful and documented, as they should be.")),
                    "relationship": (4, None),
                    "executive_support": (4, None),
                    "learning": (3, None),
                },
            },
            {
                "evaluated_on": "2025-05-20",
                "respondent_side": "us",
                "respondent": "Sanne de Wit",
                "remarks": None,
                "scores": {
                    "strategic_fit": (4, None),
                    "value_creation": (3, "Patent filed; cost target unproven."),
                    "operational_effectiveness": (3, None),
                    "governance": (3, "Decision-rights matrix in place since March; better."),
                    "relationship": (4, None),
                    "executive_support": (4, None),
                    "learning": (3, None),
                },
            },
            {
                "evaluated_on": "2025-05-22",
                "respondent_side": "partner",
                "respondent": "Tobias Engel",
                "remarks": None,
                "scores": {
                    "strategic_fit": (4, None),
                    "value_creation": (4, "First joint patent application filed."),
                    "operational_effectiveness": (3, None),
                    "governance": (4, None),
                    "relationship": (4, None),
                    "executive_support": (
                        3,
                        ("Our commercial director is not yet convinced of the business case."),
                    ),
                    "learning": (3, None),
                },
            },
            {
                "evaluated_on": "2025-11-18",
                "respondent_side": "us",
                "respondent": "Sanne de Wit",
                "remarks": None,
                "scores": {
                    "strategic_fit": (4, None),
                    "value_creation": (4, "Feasibility study approved."),
                    "operational_effectiveness": (3, None),
                    "governance": (3, "Escalations still slow."),
                    "relationship": (4, None),
                    "executive_support": (4, None),
                    "learning": (3, None),
                },
            },
            {
                "evaluated_on": "2025-11-18",
                "respondent_side": "partner",
                "respondent": "Tobias Engel",
                "remarks": "Feasibility study approved; the team feels this is becoming real.",
                "scores": {
                    "strategic_fit": (5, "Medical is now in Brenner's five-year plan."),
                    "value_creation": (4, None),
                    "operational_effectiveness": (4, "Sample deliveries now on time."),
                    "governance": (4, None),
                    "relationship": (4, None),
                    "executive_support": (4, None),
                    "learning": (3, None),
                },
            },
            {
                "evaluated_on": "2026-05-19",
                "respondent_side": "us",
                "respondent": "Sanne de Wit",
                "remarks": "Strong half-year. Escalations still take too long when they reach Jena.",
                "scores": {
                    "strategic_fit": (5, "The sensor is core to our 2027 launch."),
                    "value_creation": (4, None),
                    "operational_effectiveness": (4, None),
                    "governance": (3, "Two escalations took more than four weeks."),
                    "relationship": (4, None),
                    "executive_support": (
                        5,
                        (
                            "Pieter Bakker and Katharina Brenner both "
                            "attended every steering committee."
                        ),
                    ),
                    "learning": (3, None),
                },
            },
            {
                "evaluated_on": "2026-05-19",
                "respondent_side": "partner",
                "respondent": "Tobias Engel",
                "remarks": None,
                "scores": {
                    "strategic_fit": (5, None),
                    "value_creation": (4, None),
                    "operational_effectiveness": (4, None),
                    "governance": (5, "No problems from our side."),
                    "relationship": (4, None),
                    "executive_support": (4, None),
                    "learning": (4, "We now debrief every sprint, copied from Lindeboom."),
                },
            },
            {
                "evaluated_on": "2026-10-06",
                "respondent_side": "joint",
                "respondent": "Sanne de Wit and Tobias Engel",
                "remarks": (
                    "Joint session in Enschede. We agreed the governance gap is about "
                    "escalation speed, not about the steering committee itself."
                ),
                "scores": {
                    "strategic_fit": (5, None),
                    "value_creation": (4, "Accuracy target met in feasibility."),
                    "operational_effectiveness": (4, None),
                    "governance": (4, "Agreed: escalations answered within five working days."),
                    "relationship": (4, None),
                    "executive_support": (4, None),
                    "learning": (4, None),
                },
            },
        ],
        "pulses": [
            {"checked_on": "2025-12-09", "rag": "green", "note": None},
            {
                "checked_on": "2026-02-10",
                "rag": "green",
                "note": "Ethics approval for the feasibility study received.",
            },
            {
                "checked_on": "2026-04-14",
                "rag": "amber",
                "note": "Feasibility start slipped two weeks after an ethics query.",
            },
            {"checked_on": "2026-06-16", "rag": "green", "note": None},
            {
                "checked_on": "2026-08-11",
                "rag": "green",
                "note": "Enrolment complete: 64 volunteers.",
            },
            {
                "checked_on": "2026-10-13",
                "rag": "green",
                "note": "Feasibility results meet the accuracy target.",
            },
        ],
        "meetings": [
            {
                "held_on": "2025-11-25",
                "kind": "steering_committee",
                "title": "Steering committee Q4 2025",
                "notes": "Approved phase 2 plan; asked for industrialisation budget.",
            },
            {
                "held_on": "2026-03-12",
                "kind": "workshop",
                "title": "Joint IP workshop in Jena",
                "notes": "Mapped background and foreground IP; second patent idea identified.",
            },
            {
                "held_on": "2026-06-02",
                "kind": "steering_committee",
                "title": "Steering committee Q2 2026",
                "notes": None,
            },
            {
                "held_on": "2026-09-29",
                "kind": "operational_review",
                "title": "Industrialisation review",
                "notes": "Pilot line yield at 84%; three-batch trial planned.",
            },
            {
                "held_on": "2026-10-06",
                "kind": "workshop",
                "title": "Joint health-check workshop",
                "notes": None,
            },
        ],
        "actions": [
            {
                "title": "Agree a decision-rights matrix for design changes",
                "description": (
                    "Which changes the project leads may approve without the managing director."
                ),
                "owner": "Thijs Mulder",
                "due_date": "2025-03-31",
                "status": "done",
                "completed_on": "2025-03-20",
                "source": ("evaluation", "2024-11-12", "us"),
            },
            {
                "title": "Share the MDR technical-file template with Brenner QA",
                "description": None,
                "owner": "Ingrid Scholten",
                "due_date": "2026-02-28",
                "status": "done",
                "completed_on": "2026-02-20",
                "source": ("meeting", "2025-11-25"),
            },
            {
                "title": "File the second joint patent application (calibration method)",
                "description": None,
                "owner": "Hanna Vermeulen",
                "due_date": "2026-12-15",
                "status": "in_progress",
                "completed_on": None,
                "source": ("meeting", "2026-03-12"),
            },
            {
                "title": "Plan a joint stand at MEDICA 2026",
                "description": "Cancelled: no product to show before CE marking. Revisit for 2027.",
                "owner": "Lotte Dekker",
                "due_date": "2026-09-30",
                "status": "cancelled",
                "completed_on": None,
                "source": ("meeting", "2026-06-02"),
            },
            {
                "title": "Appoint finance counterparts to track the cost model together",
                "description": "Brenner's commercial director has no peer at Lindeboom.",
                "owner": "Bas Kuipers",
                "due_date": "2026-07-31",
                "status": "open",
                "completed_on": None,
                "source": ("evaluation", "2026-05-19", "partner"),
            },
            {
                "title": "Run the three-batch yield trial on the Jena pilot line",
                "description": None,
                "owner": "Uwe Lehmann",
                "due_date": "2027-03-31",
                "status": "in_progress",
                "completed_on": None,
                "source": ("meeting", "2026-09-29"),
            },
            {
                "title": "Write the five-day escalation rule into the governance charter",
                "description": None,
                "owner": "Sanne de Wit",
                "due_date": "2026-11-30",
                "status": "open",
                "completed_on": None,
                "source": ("evaluation", "2026-10-06", "joint"),
            },
        ],
        "decisions": [
            {
                "title": "Approve the phase 2 industrialisation budget (EUR 1.4 m)",
                "description": None,
                "status": "decided",
                "asked_of": "Executive board",
                "recommendation": "Approve in two tranches tied to yield milestones.",
                "deadline": "2025-12-31",
                "decided_on": "2025-12-16",
                "decided_by": "Executive board (Marieke van der Linden)",
                "outcome": "Approved in two tranches; the second tranche is released at 90% yield.",
                "source": ("meeting", "2025-11-25"),
            },
            {
                "title": "Grant Brenner the right to sell the sensor outside patient monitoring",
                "description": None,
                "status": "pending",
                "asked_of": "Executive board",
                "recommendation": (
                    "Agree, with a field-of-use restriction that excludes hospital "
                    "and home patient monitoring. It supports Brenner's "
                    "diversification goal and lowers our unit cost."
                ),
                "deadline": "2026-12-15",
                "decided_on": None,
                "decided_by": None,
                "outcome": None,
                "source": ("evaluation", "2026-10-06", "joint"),
            },
            {
                "title": "Open negotiations on a five-year supply agreement",
                "description": None,
                "status": "pending",
                "asked_of": "Executive board",
                "recommendation": (
                    "Mandate Legal and Procurement now, with a second-source clause "
                    "and volume bands, so the agreement is ready before the "
                    "co-development contract ends."
                ),
                "deadline": "2027-01-31",
                "decided_on": None,
                "decided_by": None,
                "outcome": None,
                "source": ("meeting", "2026-09-29"),
            },
        ],
        "risks": [
            {
                "title": "Single-source dependency on the Brenner pilot line",
                "description": None,
                "owner": "Martijn de Graaf",
                "likelihood": 3,
                "impact": 5,
                "mitigation": (
                    "Second-source clause and escrow of production documents in the "
                    "supply agreement."
                ),
                "status": "mitigating",
                "review_date": "2026-12-15",
            },
            {
                "title": "Brenner's ISO 13485 certification slips into 2027",
                "description": None,
                "owner": "Ingrid Scholten",
                "likelihood": 2,
                "impact": 4,
                "mitigation": "Monthly quality call; our auditor runs a mock audit in November.",
                "status": "mitigating",
                "review_date": "2026-11-30",
            },
            {
                "title": "Key-person dependency on Brenner's head of optical design",
                "description": "Matthias Vogel holds most of the emitter design knowledge.",
                "owner": "Sanne de Wit",
                "likelihood": 2,
                "impact": 3,
                "mitigation": None,
                "status": "open",
                "review_date": "2027-01-15",
            },
        ],
    },
    # 2. Cascade Health Supply (US): distribution, staying together, amber
    {
        "partner": {
            "name": "Cascade Health Supply, Inc.",
            "sector": "Medical device distribution (acute care)",
            "country": "US",
            "website": "https://www.cascadehealth.example",
            "notes": (
                "Listed distributor based in Portland, Oregon, with 140 sales reps in 14 "
                "states. Quarterly targets drive behaviour; the Lindeboom line is about 6% "
                "of its revenue."
            ),
        },
        "partner_maturity": [
            {
                "assessed_on": "2022-06-01",
                "assessor": "Sanne de Wit (retrospective, from the 2022 business review)",
                "remarks": (
                    "Professional distributor with good processes, but partnering is "
                    "treated as vendor management."
                ),
                "levels": {
                    "collaboration_mindset": (3, None),
                    "executive_support": (3, None),
                    "evaluation_practice": (2, None),
                    "processes_tools": (
                        3,
                        ("Solid CRM and quarterly business reviews with all vendors."),
                    ),
                    "dedicated_resources": (2, None),
                    "learning": (2, None),
                },
            },
            {
                "assessed_on": "2024-06-11",
                "assessor": "Sanne de Wit",
                "remarks": (
                    "Cascade appointed a national account manager for our line and joined "
                    "our health checks."
                ),
                "levels": {
                    "collaboration_mindset": (3, None),
                    "executive_support": (3, None),
                    "evaluation_practice": (3, None),
                    "processes_tools": (3, None),
                    "dedicated_resources": (
                        3,
                        ("Kelly Brooks works full-time on the Lindeboom line."),
                    ),
                    "learning": (2, None),
                },
            },
            {
                "assessed_on": "2026-06-16",
                "assessor": "Sanne de Wit",
                "remarks": (
                    "Mindset has become transactional again since the Q2 sales miss; talks "
                    "are about margin, not about joint growth."
                ),
                "levels": {
                    "collaboration_mindset": (
                        2,
                        ("Every conversation since April opens with the rebate terms."),
                    ),
                    "executive_support": (3, None),
                    "evaluation_practice": (3, None),
                    "processes_tools": (3, None),
                    "dedicated_resources": (2, None),
                    "learning": (2, "No joint debrief after the lost Oregon Health tender."),
                },
            },
        ],
        "name": "Cascade North America distribution",
        "alliance_type": "distribution",
        "lifecycle_stage": "staying_together",
        "status_rag": "amber",
        "status_reason": (
            "Sales are 18% below the 2026 plan and Cascade rates our support far "
            "lower than we do; the renewal decision is due by March 2027."
        ),
        "start_date": "2021-04-01",
        "renewal_date": "2027-03-31",
        "contract_reference": "LM-DIST-2021-011",
        "description": (
            "Exclusive distribution of Lindeboom infusion pumps and monitoring "
            "patches to hospitals in 14 US states. Cascade sells, installs and gives "
            "first-line service; Lindeboom supplies, trains and gives second-line "
            "support."
        ),
        "our_resources": (
            "A key account manager for North America, two field clinical "
            "specialists, USD 250k marketing funds a year and second-line service "
            "from Enschede."
        ),
        "partner_resources": (
            "A sales force of 140 reps, installation and first-line service "
            "teams, and contracts with hospital purchasing groups (GPOs)."
        ),
        "health_check_interval_days": 180,
        "goals": [
            {
                "kind": "ours",
                "description": "Grow US revenue to USD 24 m a year",
                "measure": "Annual net sales through Cascade",
                "target_date": "2027-03-31",
                "progress": 62,
            },
            {
                "kind": "ours",
                "description": "Win three US reference hospitals for the monitoring patch",
                "measure": "Signed reference-site agreements",
                "target_date": "2026-12-31",
                "progress": 33,
            },
            {
                "kind": "partner",
                "description": "Offer a complete infusion portfolio in purchasing-group tenders",
                "measure": "Listed in two national GPO contracts",
                "target_date": "2026-12-31",
                "progress": 50,
            },
            {
                "kind": "partner",
                "description": "Earn a gross margin of at least 28% on the Lindeboom line",
                "measure": "Quarterly margin report",
                "target_date": None,
                "progress": 70,
            },
            {
                "kind": "shared",
                "description": "Install new pumps within 30 days of order",
                "measure": "Median days from order to installation",
                "target_date": "2026-06-30",
                "progress": 85,
            },
            {
                "kind": "shared",
                "description": "Hospital customers rate the service 8 out of 10 or higher",
                "measure": "Annual joint customer survey",
                "target_date": "2026-12-31",
                "progress": 60,
            },
        ],
        "stakeholders": [
            {
                "side": "us",
                "name": "Marieke van der Linden",
                "department": "Executive board",
                "role": "Chief Executive Officer",
                "seniority": "executive",
                "direction": "upwards",
                "is_sponsor": True,
                "email": "marieke.vanderlinden@lindeboom-medical.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2021-04-01",
                        "power": 9,
                        "interest": 8,
                        "attitude": "champion",
                        "note": None,
                    },
                    {
                        "assessed_on": "2024-06-11",
                        "power": 9,
                        "interest": 6,
                        "attitude": "supporter",
                        "note": None,
                    },
                    {
                        "assessed_on": "2026-06-16",
                        "power": 9,
                        "interest": 4,
                        "attitude": "neutral",
                        "note": (
                            "Attention has moved to Asia; asks whether selling "
                            "direct would be cheaper."
                        ),
                    },
                ],
            },
            {
                "side": "us",
                "name": "Ruud Janssen",
                "department": "Sales",
                "role": "VP International Sales",
                "seniority": "senior",
                "direction": "upwards",
                "is_sponsor": False,
                "email": "ruud.janssen@lindeboom-medical.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2024-06-11",
                        "power": 8,
                        "interest": 7,
                        "attitude": "supporter",
                        "note": None,
                    },
                    {
                        "assessed_on": "2026-07-14",
                        "power": 8,
                        "interest": 9,
                        "attitude": "supporter",
                        "note": None,
                    },
                ],
            },
            {
                "side": "us",
                "name": "Fleur Visser",
                "department": "Sales",
                "role": "Key account manager North America",
                "seniority": "middle",
                "direction": "sidewards",
                "is_sponsor": False,
                "email": "fleur.visser@lindeboom-medical.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2024-06-11",
                        "power": 4,
                        "interest": 10,
                        "attitude": "champion",
                        "note": None,
                    }
                ],
            },
            {
                "side": "us",
                "name": "Lotte Dekker",
                "department": "Marketing & Communications",
                "role": "Product marketing manager",
                "seniority": "middle",
                "direction": "sidewards",
                "is_sponsor": False,
                "email": "lotte.dekker@lindeboom-medical.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2025-05-13",
                        "power": 4,
                        "interest": 6,
                        "attitude": "supporter",
                        "note": None,
                    }
                ],
            },
            {
                "side": "us",
                "name": "Bas Kuipers",
                "department": "Finance",
                "role": "Business controller Sales",
                "seniority": "middle",
                "direction": "sidewards",
                "is_sponsor": False,
                "email": "bas.kuipers@lindeboom-medical.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2025-05-13",
                        "power": 6,
                        "interest": 5,
                        "attitude": "critic",
                        "note": "Rebate claims are hard to reconcile.",
                    },
                    {
                        "assessed_on": "2026-06-16",
                        "power": 6,
                        "interest": 7,
                        "attitude": "critic",
                        "note": "Calls the extra margin request unacceptable.",
                    },
                ],
            },
            {
                "side": "us",
                "name": "Kees Bosman",
                "department": "Operations",
                "role": "Supply chain planner Americas",
                "seniority": "operational",
                "direction": "sidewards",
                "is_sponsor": False,
                "email": "kees.bosman@lindeboom-medical.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2024-06-11",
                        "power": 3,
                        "interest": 7,
                        "attitude": "supporter",
                        "note": None,
                    }
                ],
            },
            {
                "side": "us",
                "name": "Ingrid Scholten",
                "department": "Quality & Regulatory",
                "role": "QA/RA manager",
                "seniority": "senior",
                "direction": "sidewards",
                "is_sponsor": False,
                "email": "ingrid.scholten@lindeboom-medical.example",
                "notes": "Responsible for FDA complaint handling and field actions.",
                "assessments": [
                    {
                        "assessed_on": "2024-06-11",
                        "power": 7,
                        "interest": 5,
                        "attitude": "neutral",
                        "note": None,
                    }
                ],
            },
            {
                "side": "partner",
                "name": "Dana Whitfield",
                "department": "Executive board",
                "role": "Chief Commercial Officer",
                "seniority": "executive",
                "direction": "outwards",
                "is_sponsor": True,
                "email": "dana.whitfield@cascadehealth.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2021-04-01",
                        "power": 8,
                        "interest": 8,
                        "attitude": "champion",
                        "note": None,
                    },
                    {
                        "assessed_on": "2025-05-13",
                        "power": 8,
                        "interest": 7,
                        "attitude": "supporter",
                        "note": None,
                    },
                    {
                        "assessed_on": "2026-09-15",
                        "power": 8,
                        "interest": 7,
                        "attitude": "critic",
                        "note": (
                            "Openly questions renewal after the Q2 miss; wants "
                            "more marketing funds."
                        ),
                    },
                ],
            },
            {
                "side": "partner",
                "name": "Marcus Reyes",
                "department": "Sales",
                "role": "VP Sales West",
                "seniority": "senior",
                "direction": "outwards",
                "is_sponsor": False,
                "email": "marcus.reyes@cascadehealth.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2024-06-11",
                        "power": 8,
                        "interest": 6,
                        "attitude": "neutral",
                        "note": None,
                    },
                    {
                        "assessed_on": "2026-05-12",
                        "power": 8,
                        "interest": 5,
                        "attitude": "critic",
                        "note": ("Expects a VP-level counterpart, not a key account manager."),
                    },
                ],
            },
            {
                "side": "partner",
                "name": "Kelly Brooks",
                "department": "Sales",
                "role": "National account manager, Lindeboom line",
                "seniority": "middle",
                "direction": "outwards",
                "is_sponsor": False,
                "email": "kelly.brooks@cascadehealth.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2024-06-11",
                        "power": 5,
                        "interest": 10,
                        "attitude": "champion",
                        "note": None,
                    }
                ],
            },
            {
                "side": "partner",
                "name": "Priya Natarajan",
                "department": "Marketing",
                "role": "Product marketing manager",
                "seniority": "middle",
                "direction": "outwards",
                "is_sponsor": False,
                "email": "priya.natarajan@cascadehealth.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2025-05-13",
                        "power": 4,
                        "interest": 7,
                        "attitude": "supporter",
                        "note": None,
                    }
                ],
            },
            {
                "side": "partner",
                "name": "Tom Kowalski",
                "department": "Operations",
                "role": "Director field service",
                "seniority": "senior",
                "direction": "outwards",
                "is_sponsor": False,
                "email": "tom.kowalski@cascadehealth.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2024-06-11",
                        "power": 6,
                        "interest": 6,
                        "attitude": "supporter",
                        "note": None,
                    },
                    {
                        "assessed_on": "2026-05-12",
                        "power": 6,
                        "interest": 7,
                        "attitude": "critic",
                        "note": (
                            "Says second-line support from Enschede answers too "
                            "late for US time zones."
                        ),
                    },
                ],
            },
            {
                "side": "partner",
                "name": "Jennifer Alvarez",
                "department": "Finance",
                "role": "Finance director",
                "seniority": "senior",
                "direction": "outwards",
                "is_sponsor": False,
                "email": "jennifer.alvarez@cascadehealth.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2025-11-04",
                        "power": 7,
                        "interest": 6,
                        "attitude": "neutral",
                        "note": None,
                    }
                ],
            },
            {
                "side": "partner",
                "name": "Greg Holloway",
                "department": "Quality & Regulatory",
                "role": "Regulatory affairs manager",
                "seniority": "middle",
                "direction": "outwards",
                "is_sponsor": False,
                "email": "greg.holloway@cascadehealth.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2024-06-11",
                        "power": 5,
                        "interest": 4,
                        "attitude": "supporter",
                        "note": None,
                    }
                ],
            },
        ],
        "counterparts": [
            {
                "ours": "Marieke van der Linden",
                "partner": "Dana Whitfield",
                "function": "Executive sponsors",
                "escalation_level": 3,
                "note": "Last one-to-one in November 2025.",
            },
            {
                "ours": "Ruud Janssen",
                "partner": "Marcus Reyes",
                "function": "Sales management",
                "escalation_level": 2,
                "note": None,
            },
            {
                "ours": "Fleur Visser",
                "partner": "Kelly Brooks",
                "function": "Day-to-day account management",
                "escalation_level": 1,
                "note": None,
            },
            {
                "ours": "Lotte Dekker",
                "partner": "Priya Natarajan",
                "function": "Marketing and GPO tenders",
                "escalation_level": 1,
                "note": None,
            },
            {
                "ours": "Kees Bosman",
                "partner": "Tom Kowalski",
                "function": "Logistics and installation",
                "escalation_level": 1,
                "note": "Level mismatch: Tom is a director, Kees a planner.",
            },
            {
                "ours": "Ingrid Scholten",
                "partner": "Greg Holloway",
                "function": "Complaints and vigilance",
                "escalation_level": 1,
                "note": None,
            },
        ],
        "evaluations": [
            {
                "evaluated_on": "2024-05-07",
                "respondent_side": "us",
                "respondent": "Fleur Visser",
                "remarks": None,
                "scores": {
                    "strategic_fit": (4, None),
                    "value_creation": (4, None),
                    "operational_effectiveness": (3, None),
                    "governance": (3, "Quarterly reviews run well."),
                    "relationship": (4, None),
                    "executive_support": (4, None),
                    "learning": (3, None),
                },
            },
            {
                "evaluated_on": "2024-05-09",
                "respondent_side": "partner",
                "respondent": "Kelly Brooks",
                "remarks": "Good first three years; we want the monitoring patch sooner.",
                "scores": {
                    "strategic_fit": (4, None),
                    "value_creation": (4, None),
                    "operational_effectiveness": (3, "Installation takes 41 days."),
                    "governance": (3, None),
                    "relationship": (4, None),
                    "executive_support": (4, None),
                    "learning": (3, None),
                },
            },
            {
                "evaluated_on": "2024-11-05",
                "respondent_side": "us",
                "respondent": "Fleur Visser",
                "remarks": None,
                "scores": {
                    "strategic_fit": (4, None),
                    "value_creation": (4, None),
                    "operational_effectiveness": (4, "Installation down to 33 days."),
                    "governance": (3, None),
                    "relationship": (4, None),
                    "executive_support": (4, None),
                    "learning": (3, None),
                },
            },
            {
                "evaluated_on": "2024-11-05",
                "respondent_side": "partner",
                "respondent": "Kelly Brooks",
                "remarks": None,
                "scores": {
                    "strategic_fit": (4, None),
                    "value_creation": (3, None),
                    "operational_effectiveness": (3, ("Order confirmations often missing in EDI.")),
                    "governance": (3, None),
                    "relationship": (4, None),
                    "executive_support": (4, None),
                    "learning": (2, "Lessons from lost tenders are not discussed."),
                },
            },
            {
                "evaluated_on": "2025-05-13",
                "respondent_side": "us",
                "respondent": "Fleur Visser",
                "remarks": None,
                "scores": {
                    "strategic_fit": (4, None),
                    "value_creation": (3, "Growth slowed to 4%."),
                    "operational_effectiveness": (4, "Ticket backlog cleared in April."),
                    "governance": (3, None),
                    "relationship": (4, None),
                    "executive_support": (3, None),
                    "learning": (3, None),
                },
            },
            {
                "evaluated_on": "2025-05-14",
                "respondent_side": "partner",
                "respondent": "Kelly Brooks",
                "remarks": "Support is too slow for US hospitals.",
                "scores": {
                    "strategic_fit": (
                        3,
                        ("Patch launch in the US keeps moving; our portfolio story suffers."),
                    ),
                    "value_creation": (3, None),
                    "operational_effectiveness": (
                        2,
                        (
                            "Second-line tickets take 3 days on "
                            "average; competitors answer same day."
                        ),
                    ),
                    "governance": (3, None),
                    "relationship": (3, None),
                    "executive_support": (4, None),
                    "learning": (2, "Nobody debriefs lost tenders."),
                },
            },
            {
                "evaluated_on": "2025-11-04",
                "respondent_side": "us",
                "respondent": "Fleur Visser",
                "remarks": None,
                "scores": {
                    "strategic_fit": (4, None),
                    "value_creation": (3, None),
                    "operational_effectiveness": (4, None),
                    "governance": (3, None),
                    "relationship": (3, "Tone in calls has become defensive on both sides."),
                    "executive_support": (3, "CEO visit planned for Chicago."),
                    "learning": (3, None),
                },
            },
            {
                "evaluated_on": "2025-11-04",
                "respondent_side": "partner",
                "respondent": "Kelly Brooks",
                "remarks": None,
                "scores": {
                    "strategic_fit": (3, None),
                    "value_creation": (2, "Margin below our 28% target after GPO pricing."),
                    "operational_effectiveness": (2, "EDI errors cost us two hospital orders."),
                    "governance": (2, "Our escalations go nowhere."),
                    "relationship": (3, None),
                    "executive_support": (3, None),
                    "learning": (2, None),
                },
            },
            {
                "evaluated_on": "2025-11-20",
                "respondent_side": "joint",
                "respondent": "Fleur Visser and Kelly Brooks",
                "remarks": (
                    "Joint review at the executive meeting in Chicago. Both sides agree "
                    "support speed is the main gap; we still see it less severely than "
                    "Cascade."
                ),
                "scores": {
                    "strategic_fit": (3, None),
                    "value_creation": (3, "Growth flat at 1%."),
                    "operational_effectiveness": (
                        3,
                        ("Agreed to measure ticket response time together."),
                    ),
                    "governance": (3, None),
                    "relationship": (3, None),
                    "executive_support": (3, None),
                    "learning": (3, None),
                },
            },
            {
                "evaluated_on": "2026-05-12",
                "respondent_side": "us",
                "respondent": "Fleur Visser",
                "remarks": "We think operations are fine; the problem is market pricing.",
                "scores": {
                    "strategic_fit": (3, None),
                    "value_creation": (3, None),
                    "operational_effectiveness": (4, "Ticket response time down to 1.5 days."),
                    "governance": (3, None),
                    "relationship": (3, None),
                    "executive_support": (2, "Our CEO has not met Cascade for six months."),
                    "learning": (3, None),
                },
            },
            {
                "evaluated_on": "2026-05-12",
                "respondent_side": "partner",
                "respondent": "Kelly Brooks",
                "remarks": (
                    "Lindeboom underestimates how much the support model hurts us in the field."
                ),
                "scores": {
                    "strategic_fit": (3, None),
                    "value_creation": (2, None),
                    "operational_effectiveness": (
                        2,
                        ("1.5 days is still too slow; hospitals expect same-day answers."),
                    ),
                    "governance": (2, "No senior sales counterpart for Marcus Reyes."),
                    "relationship": (2, "We feel like a sales channel, not a partner."),
                    "executive_support": (3, None),
                    "learning": (2, None),
                },
            },
        ],
        "pulses": [
            {
                "checked_on": "2025-12-08",
                "rag": "amber",
                "note": "Agreed on measuring ticket response times.",
            },
            {"checked_on": "2026-02-09", "rag": "amber", "note": None},
            {
                "checked_on": "2026-04-13",
                "rag": "green",
                "note": "Strong Q1 orders from two health systems.",
            },
            {"checked_on": "2026-06-15", "rag": "amber", "note": "Q2 sales 22% below plan."},
            {
                "checked_on": "2026-08-17",
                "rag": "amber",
                "note": "Cascade asks for two extra margin points at renewal.",
            },
            {
                "checked_on": "2026-10-20",
                "rag": "amber",
                "note": "Renewal preparation started on both sides.",
            },
        ],
        "meetings": [
            {
                "held_on": "2025-11-20",
                "kind": "executive_review",
                "title": "Annual executive review, Chicago",
                "notes": "Both sponsors present; support speed and EDI errors named as top issues.",
            },
            {
                "held_on": "2026-03-10",
                "kind": "operational_review",
                "title": "Q1 pipeline and service review",
                "notes": None,
            },
            {
                "held_on": "2026-07-14",
                "kind": "steering_committee",
                "title": "Mid-year steering committee after Q2 miss",
                "notes": "Cascade asked for more field specialists and marketing funds.",
            },
            {
                "held_on": "2026-10-20",
                "kind": "steering_committee",
                "title": "Renewal preparation",
                "notes": "Options discussed: renew as is, renegotiate, or go direct in some states.",
            },
        ],
        "actions": [
            {
                "title": "Fix EDI order-acknowledgement errors",
                "description": None,
                "owner": "Emre Yilmaz",
                "due_date": "2026-01-31",
                "status": "done",
                "completed_on": "2026-02-12",
                "source": ("evaluation", "2025-11-04", "partner"),
            },
            {
                "title": "Start a monthly joint pipeline call",
                "description": None,
                "owner": "Fleur Visser",
                "due_date": "2026-04-30",
                "status": "done",
                "completed_on": "2026-04-08",
                "source": ("meeting", "2026-03-10"),
            },
            {
                "title": "Name a senior sales counterpart for Marcus Reyes",
                "description": None,
                "owner": "Ruud Janssen",
                "due_date": "2026-08-31",
                "status": "in_progress",
                "completed_on": None,
                "source": ("evaluation", "2026-05-12", "partner"),
            },
            {
                "title": "Set up a finance counterpart pair to reconcile rebate claims",
                "description": "Finance has no counterpart at Cascade; claims are disputed by e-mail.",
                "owner": "Bas Kuipers",
                "due_date": "2026-10-15",
                "status": "open",
                "completed_on": None,
                "source": ("evaluation", "2026-05-12", "us"),
            },
            {
                "title": "Hire a third field clinical specialist for the Midwest",
                "description": None,
                "owner": "Ruud Janssen",
                "due_date": "2026-09-30",
                "status": "open",
                "completed_on": None,
                "source": ("meeting", "2026-07-14"),
            },
            {
                "title": "Run the 2026 joint customer survey in ten accounts",
                "description": None,
                "owner": "Lotte Dekker",
                "due_date": "2026-11-30",
                "status": "in_progress",
                "completed_on": None,
                "source": ("meeting", "2026-07-14"),
            },
            {
                "title": "Write a renewal options paper (renew, renegotiate, go direct)",
                "description": None,
                "owner": "Sanne de Wit",
                "due_date": "2026-12-01",
                "status": "in_progress",
                "completed_on": None,
                "source": ("meeting", "2026-10-20"),
            },
        ],
        "decisions": [
            {
                "title": "Terminate exclusivity and appoint a second distributor in the Midwest",
                "description": None,
                "status": "withdrawn",
                "asked_of": "Executive board",
                "recommendation": None,
                "deadline": "2026-05-31",
                "decided_on": None,
                "decided_by": None,
                "outcome": "Withdrawn by Sales after the Q1 order recovery.",
                "source": ("meeting", "2026-03-10"),
            },
            {
                "title": "Fund USD 120k co-marketing for the GPO tender",
                "description": None,
                "status": "decided",
                "asked_of": "Executive board",
                "recommendation": "Approve, conditional on Cascade matching the amount.",
                "deadline": "2026-08-15",
                "decided_on": "2026-08-05",
                "decided_by": "Executive board",
                "outcome": "Approved USD 80k, with Cascade matching it.",
                "source": ("meeting", "2026-07-14"),
            },
            {
                "title": "Mandate for renewing the Cascade agreement",
                "description": None,
                "status": "pending",
                "asked_of": "Executive board",
                "recommendation": (
                    "Renew for three years: keep exclusivity for infusion pumps tied "
                    "to a USD 20 m minimum, make the monitoring patch non-exclusive."
                ),
                "deadline": "2026-12-15",
                "decided_on": None,
                "decided_by": None,
                "outcome": None,
                "source": ("meeting", "2026-10-20"),
            },
        ],
        "risks": [
            {
                "title": "No renewal leaves 14 states without installation and service",
                "description": None,
                "owner": "Ruud Janssen",
                "likelihood": 3,
                "impact": 5,
                "mitigation": (
                    "The options paper includes a service transition plan and a back-up "
                    "service partner."
                ),
                "status": "open",
                "review_date": "2026-12-15",
            },
            {
                "title": "Margin squeeze from purchasing-group pricing",
                "description": None,
                "owner": "Bas Kuipers",
                "likelihood": 4,
                "impact": 3,
                "mitigation": "Volume rebates instead of list-price cuts.",
                "status": "mitigating",
                "review_date": "2027-01-31",
            },
            {
                "title": "Our sponsor loses interest in the US market",
                "description": None,
                "owner": "Sanne de Wit",
                "likelihood": 3,
                "impact": 4,
                "mitigation": (
                    "Monthly one-page brief for the CEO; invite Dana Whitfield to "
                    "Enschede in December."
                ),
                "status": "open",
                "review_date": "2026-12-31",
            },
        ],
    },
    # 3. Sarathi Medical Devices (IN): joint venture, working together, red
    {
        "partner": {
            "name": "Sarathi Medical Devices Pvt. Ltd.",
            "sector": "Medical device manufacturing and hospital sales",
            "country": "IN",
            "website": "https://www.sarathimed.example",
            "notes": (
                "Founder-led company in Pune with 900 staff and a strong network of "
                "private hospital chains. Fast decisions at the top, little delegation."
            ),
        },
        "partner_maturity": [
            {
                "assessed_on": "2024-03-05",
                "assessor": "Sanne de Wit (due diligence)",
                "remarks": (
                    "Assessed before signing the joint venture. High commitment from the "
                    "founder, few structures to share decisions."
                ),
                "levels": {
                    "collaboration_mindset": (3, None),
                    "executive_support": (4, ("The founder is personally involved in every step.")),
                    "evaluation_practice": (
                        1,
                        (
                            "No evaluation of earlier partnerships; one "
                            "Japanese licence ended in a dispute."
                        ),
                    ),
                    "processes_tools": (2, None),
                    "dedicated_resources": (1, "None; the founder's office handles partners."),
                    "learning": (1, None),
                },
            },
            {
                "assessed_on": "2025-09-16",
                "assessor": "Sanne de Wit",
                "remarks": (
                    "A JV general manager was seconded. Monthly reporting exists, but "
                    "decisions still go back to the founder."
                ),
                "levels": {
                    "collaboration_mindset": (3, None),
                    "executive_support": (4, None),
                    "evaluation_practice": (2, None),
                    "processes_tools": (2, "JV reporting pack introduced in March 2025."),
                    "dedicated_resources": (2, None),
                    "learning": (2, None),
                },
            },
            {
                "assessed_on": "2026-09-22",
                "assessor": "Sanne de Wit and Nikhil Bhatt",
                "remarks": (
                    "Mindset under pressure: Sarathi sees our quality rules as a brake on sales."
                ),
                "levels": {
                    "collaboration_mindset": (
                        2,
                        ("'Launch first, improve later' is openly defended by the founder."),
                    ),
                    "executive_support": (3, "Founder still committed, but on his own terms."),
                    "evaluation_practice": (2, None),
                    "processes_tools": (2, None),
                    "dedicated_resources": (2, None),
                    "learning": (2, None),
                },
            },
        ],
        "name": "Sarathi joint venture, Pune",
        "alliance_type": "joint_venture",
        "lifecycle_stage": "working_together",
        "status_rag": "red",
        "status_reason": (
            "The JV board has deadlocked twice on the 2027 budget and the first "
            "production batch failed incoming inspection; escalated to both CEOs."
        ),
        "start_date": "2024-07-01",
        "renewal_date": None,
        "contract_reference": "LM-JV-2024-002 (shareholders' agreement)",
        "description": (
            "A 50/50 joint venture, Lindeboom Sarathi Monitoring Pvt. Ltd., that "
            "assembles a cost-reduced bedside monitor in Pune for India and "
            "South-East Asia. Lindeboom brings the design and quality system; "
            "Sarathi brings the factory, local approvals and the sales channel."
        ),
        "our_resources": (
            "EUR 3.2 m equity, a licence to the M-series monitor design, a "
            "seconded quality engineer and two JV board seats."
        ),
        "partner_resources": (
            "EUR 3.2 m equity (partly in kind: factory floor and equipment), a "
            "regulatory team for CDSCO approvals, a sales force covering 600 "
            "private hospitals and two JV board seats."
        ),
        "health_check_interval_days": 120,
        "goals": [
            {
                "kind": "ours",
                "description": "Enter the Indian mid-tier hospital market with a locally made monitor",
                "measure": "1,500 monitors installed",
                "target_date": "2027-12-31",
                "progress": 10,
            },
            {
                "kind": "ours",
                "description": (
                    "Build a low-cost production base to defend margins in emerging markets"
                ),
                "measure": "Landed cost per monitor at or below EUR 620",
                "target_date": "2027-06-30",
                "progress": 30,
            },
            {
                "kind": "partner",
                "description": "Add an own monitoring product line with European quality credentials",
                "measure": "CDSCO licence and a CE-traceable quality file",
                "target_date": "2026-12-31",
                "progress": 45,
            },
            {
                "kind": "partner",
                "description": "JV breaks even in its third year",
                "measure": "JV EBITDA at or above zero",
                "target_date": "2027-06-30",
                "progress": 15,
            },
            {
                "kind": "shared",
                "description": "Deliver the first 500 monitors to customers",
                "measure": "Units invoiced",
                "target_date": "2026-12-31",
                "progress": 8,
            },
            {
                "kind": "shared",
                "description": "Pune site certified to ISO 13485",
                "measure": "Certificate issued",
                "target_date": "2026-09-30",
                "progress": 60,
            },
            {
                "kind": "shared",
                "description": "An agreed 2027 business plan and budget",
                "measure": "Approved by the JV board",
                "target_date": "2026-10-31",
                "progress": 40,
            },
        ],
        "stakeholders": [
            {
                "side": "us",
                "name": "Joost Hendriks",
                "department": "Executive board",
                "role": "Chief Financial Officer, JV board member",
                "seniority": "executive",
                "direction": "upwards",
                "is_sponsor": True,
                "email": "joost.hendriks@lindeboom-medical.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2024-07-01",
                        "power": 9,
                        "interest": 9,
                        "attitude": "champion",
                        "note": None,
                    },
                    {
                        "assessed_on": "2026-03-17",
                        "power": 9,
                        "interest": 8,
                        "attitude": "supporter",
                        "note": "Frustrated by the slow start of production.",
                    },
                    {
                        "assessed_on": "2026-10-27",
                        "power": 9,
                        "interest": 10,
                        "attitude": "critic",
                        "note": (
                            "Considers invoking the deadlock clause of the shareholders' agreement."
                        ),
                    },
                ],
            },
            {
                "side": "us",
                "name": "Marieke van der Linden",
                "department": "Executive board",
                "role": "Chief Executive Officer",
                "seniority": "executive",
                "direction": "upwards",
                "is_sponsor": False,
                "email": "marieke.vanderlinden@lindeboom-medical.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2024-07-01",
                        "power": 10,
                        "interest": 7,
                        "attitude": "supporter",
                        "note": None,
                    },
                    {
                        "assessed_on": "2026-10-27",
                        "power": 10,
                        "interest": 8,
                        "attitude": "neutral",
                        "note": "Took over the CEO-to-CEO channel in October.",
                    },
                ],
            },
            {
                "side": "us",
                "name": "Ruud Janssen",
                "department": "Sales",
                "role": "VP International Sales",
                "seniority": "senior",
                "direction": "sidewards",
                "is_sponsor": False,
                "email": "ruud.janssen@lindeboom-medical.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2024-07-01",
                        "power": 6,
                        "interest": 5,
                        "attitude": "critic",
                        "note": "Fears conflict with our Indian distributor.",
                    },
                    {
                        "assessed_on": "2025-09-16",
                        "power": 6,
                        "interest": 6,
                        "attitude": "neutral",
                        "note": None,
                    },
                    {
                        "assessed_on": "2026-06-09",
                        "power": 6,
                        "interest": 7,
                        "attitude": "supporter",
                        "note": "Sees the JV as a route into ASEAN tenders.",
                    },
                ],
            },
            {
                "side": "us",
                "name": "Daan Peters",
                "department": "Operations",
                "role": "Operations director",
                "seniority": "senior",
                "direction": "sidewards",
                "is_sponsor": False,
                "email": "daan.peters@lindeboom-medical.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2024-07-01",
                        "power": 7,
                        "interest": 7,
                        "attitude": "supporter",
                        "note": None,
                    }
                ],
            },
            {
                "side": "us",
                "name": "Jeroen Smit",
                "department": "Quality & Regulatory",
                "role": "Seconded quality engineer in Pune",
                "seniority": "operational",
                "direction": "downwards",
                "is_sponsor": False,
                "email": "jeroen.smit@lindeboom-medical.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2024-09-02",
                        "power": 4,
                        "interest": 10,
                        "attitude": "champion",
                        "note": None,
                    },
                    {
                        "assessed_on": "2026-06-09",
                        "power": 5,
                        "interest": 10,
                        "attitude": "supporter",
                        "note": "Worn out; asks for a second engineer.",
                    },
                ],
            },
            {
                "side": "us",
                "name": "Bas Kuipers",
                "department": "Finance",
                "role": "Business controller",
                "seniority": "middle",
                "direction": "sidewards",
                "is_sponsor": False,
                "email": "bas.kuipers@lindeboom-medical.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2025-09-16",
                        "power": 6,
                        "interest": 7,
                        "attitude": "neutral",
                        "note": None,
                    }
                ],
            },
            {
                "side": "us",
                "name": "Hanna Vermeulen",
                "department": "Legal",
                "role": "Corporate counsel",
                "seniority": "senior",
                "direction": "sidewards",
                "is_sponsor": False,
                "email": "hanna.vermeulen@lindeboom-medical.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2024-07-01",
                        "power": 6,
                        "interest": 6,
                        "attitude": "supporter",
                        "note": None,
                    },
                    {
                        "assessed_on": "2026-10-27",
                        "power": 6,
                        "interest": 9,
                        "attitude": "supporter",
                        "note": None,
                    },
                ],
            },
            {
                "side": "partner",
                "name": "Vikram Deshpande",
                "department": "Executive board",
                "role": "Founder and managing director",
                "seniority": "executive",
                "direction": "outwards",
                "is_sponsor": True,
                "email": "vikram.deshpande@sarathimed.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2024-07-01",
                        "power": 10,
                        "interest": 9,
                        "attitude": "champion",
                        "note": None,
                    },
                    {
                        "assessed_on": "2026-09-22",
                        "power": 10,
                        "interest": 9,
                        "attitude": "critic",
                        "note": (
                            "Wants to ship before the quality release; sees our gate as distrust."
                        ),
                    },
                ],
            },
            {
                "side": "partner",
                "name": "Ananya Kulkarni",
                "department": "Finance",
                "role": "Chief Financial Officer",
                "seniority": "senior",
                "direction": "outwards",
                "is_sponsor": False,
                "email": "ananya.kulkarni@sarathimed.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2025-09-16",
                        "power": 8,
                        "interest": 7,
                        "attitude": "neutral",
                        "note": None,
                    },
                    {
                        "assessed_on": "2026-08-18",
                        "power": 8,
                        "interest": 8,
                        "attitude": "blocker",
                        "note": (
                            "Votes against any 2027 budget that includes our quality headcount."
                        ),
                    },
                ],
            },
            {
                "side": "partner",
                "name": "Suresh Iyer",
                "department": "Operations",
                "role": "Plant head Pune",
                "seniority": "senior",
                "direction": "outwards",
                "is_sponsor": False,
                "email": "suresh.iyer@sarathimed.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2024-09-02",
                        "power": 7,
                        "interest": 8,
                        "attitude": "supporter",
                        "note": None,
                    }
                ],
            },
            {
                "side": "partner",
                "name": "Meera Joshi",
                "department": "Quality & Regulatory",
                "role": "Head of regulatory affairs",
                "seniority": "senior",
                "direction": "outwards",
                "is_sponsor": False,
                "email": "meera.joshi@sarathimed.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2024-09-02",
                        "power": 6,
                        "interest": 7,
                        "attitude": "supporter",
                        "note": None,
                    },
                    {
                        "assessed_on": "2026-09-22",
                        "power": 6,
                        "interest": 9,
                        "attitude": "champion",
                        "note": "Our strongest ally for the quality gate.",
                    },
                ],
            },
            {
                "side": "partner",
                "name": "Arjun Mehta",
                "department": "Sales",
                "role": "National sales head",
                "seniority": "senior",
                "direction": "outwards",
                "is_sponsor": False,
                "email": "arjun.mehta@sarathimed.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2025-09-16",
                        "power": 7,
                        "interest": 8,
                        "attitude": "neutral",
                        "note": None,
                    }
                ],
            },
            {
                "side": "partner",
                "name": "Kavita Rao",
                "department": "Legal",
                "role": "Company secretary and legal counsel",
                "seniority": "middle",
                "direction": "outwards",
                "is_sponsor": False,
                "email": "kavita.rao@sarathimed.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2024-07-01",
                        "power": 5,
                        "interest": 5,
                        "attitude": "neutral",
                        "note": None,
                    }
                ],
            },
            {
                "side": "partner",
                "name": "Nikhil Bhatt",
                "department": "JV management",
                "role": "JV general manager (seconded by Sarathi)",
                "seniority": "senior",
                "direction": "outwards",
                "is_sponsor": False,
                "email": "nikhil.bhatt@sarathimed.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2024-09-02",
                        "power": 7,
                        "interest": 10,
                        "attitude": "supporter",
                        "note": None,
                    },
                    {
                        "assessed_on": "2026-06-09",
                        "power": 7,
                        "interest": 10,
                        "attitude": "neutral",
                        "note": "Caught between two shareholders.",
                    },
                ],
            },
        ],
        "counterparts": [
            {
                "ours": "Joost Hendriks",
                "partner": "Vikram Deshpande",
                "function": "Executive sponsors and JV board",
                "escalation_level": 3,
                "note": "The monthly sponsor call has lapsed since July 2026.",
            },
            {
                "ours": "Bas Kuipers",
                "partner": "Ananya Kulkarni",
                "function": "Finance and budget",
                "escalation_level": 2,
                "note": None,
            },
            {
                "ours": "Daan Peters",
                "partner": "Suresh Iyer",
                "function": "Manufacturing",
                "escalation_level": 2,
                "note": None,
            },
            {
                "ours": "Jeroen Smit",
                "partner": "Meera Joshi",
                "function": "Quality and approvals",
                "escalation_level": 1,
                "note": None,
            },
            {
                "ours": "Hanna Vermeulen",
                "partner": "Kavita Rao",
                "function": "Legal and JV governance",
                "escalation_level": 2,
                "note": None,
            },
        ],
        "evaluations": [
            {
                "evaluated_on": "2024-12-10",
                "respondent_side": "us",
                "respondent": "Sanne de Wit",
                "remarks": "Good start; factory fit-out on time.",
                "scores": {
                    "strategic_fit": (5, "Core to our emerging-markets plan."),
                    "value_creation": (3, None),
                    "operational_effectiveness": (3, None),
                    "governance": (3, None),
                    "relationship": (4, None),
                    "executive_support": (5, "Both CEOs opened the factory."),
                    "learning": (3, None),
                },
            },
            {
                "evaluated_on": "2024-12-12",
                "respondent_side": "partner",
                "respondent": "Nikhil Bhatt",
                "remarks": None,
                "scores": {
                    "strategic_fit": (5, None),
                    "value_creation": (4, "Hospital chains already ask for demos."),
                    "operational_effectiveness": (3, None),
                    "governance": (4, None),
                    "relationship": (5, "Warm welcome in Enschede."),
                    "executive_support": (5, None),
                    "learning": (3, None),
                },
            },
            {
                "evaluated_on": "2025-06-10",
                "respondent_side": "us",
                "respondent": "Sanne de Wit",
                "remarks": None,
                "scores": {
                    "strategic_fit": (4, None),
                    "value_creation": (3, None),
                    "operational_effectiveness": (
                        2,
                        ("Supplier qualification much slower than planned."),
                    ),
                    "governance": (3, None),
                    "relationship": (3, "Quality discussions are becoming tense."),
                    "executive_support": (4, None),
                    "learning": (3, None),
                },
            },
            {
                "evaluated_on": "2025-06-10",
                "respondent_side": "partner",
                "respondent": "Nikhil Bhatt",
                "remarks": None,
                "scores": {
                    "strategic_fit": (5, None),
                    "value_creation": (3, None),
                    "operational_effectiveness": (
                        3,
                        ("Plant is ready; waiting for Lindeboom's approvals."),
                    ),
                    "governance": (4, None),
                    "relationship": (4, None),
                    "executive_support": (4, None),
                    "learning": (3, "Lindeboom training helps the line."),
                },
            },
            {
                "evaluated_on": "2025-12-09",
                "respondent_side": "us",
                "respondent": "Sanne de Wit",
                "remarks": "Six months behind plan.",
                "scores": {
                    "strategic_fit": (4, None),
                    "value_creation": (2, "No revenue yet; capital burn above plan."),
                    "operational_effectiveness": (
                        2,
                        ("Three parts still await supplier approval."),
                    ),
                    "governance": (2, "Board meetings end without decisions."),
                    "relationship": (3, None),
                    "executive_support": (4, None),
                    "learning": (3, None),
                },
            },
            {
                "evaluated_on": "2025-12-09",
                "respondent_side": "partner",
                "respondent": "Nikhil Bhatt",
                "remarks": None,
                "scores": {
                    "strategic_fit": (4, None),
                    "value_creation": (3, None),
                    "operational_effectiveness": (3, None),
                    "governance": (3, None),
                    "relationship": (4, None),
                    "executive_support": (4, "The founder visits the plant weekly."),
                    "learning": (2, "Quality manual too abstract for shop-floor staff."),
                },
            },
            {
                "evaluated_on": "2026-06-09",
                "respondent_side": "us",
                "respondent": "Sanne de Wit",
                "remarks": "Batch 1 failed incoming inspection (solder defects). Trust is low.",
                "scores": {
                    "strategic_fit": (4, None),
                    "value_creation": (2, None),
                    "operational_effectiveness": (2, None),
                    "governance": (1, "Budget deadlock; the founder bypasses the JV board."),
                    "relationship": (
                        2,
                        ("Sarathi blames our quality rules, we blame their suppliers."),
                    ),
                    "executive_support": (3, "Sponsor calls cancelled twice."),
                    "learning": (3, None),
                },
            },
            {
                "evaluated_on": "2026-06-11",
                "respondent_side": "partner",
                "respondent": "Nikhil Bhatt",
                "remarks": "The JV is run from Enschede's rulebook, not from the Indian market.",
                "scores": {
                    "strategic_fit": (4, None),
                    "value_creation": (2, "The delay costs us the 2026 season."),
                    "operational_effectiveness": (
                        3,
                        ("Batch failure was one supplier's fault and is fixed."),
                    ),
                    "governance": (3, "The board works; Lindeboom simply votes no."),
                    "relationship": (3, None),
                    "executive_support": (3, None),
                    "learning": (2, None),
                },
            },
            {
                "evaluated_on": "2026-09-22",
                "respondent_side": "joint",
                "respondent": "Sanne de Wit and Nikhil Bhatt",
                "remarks": (
                    "Reset workshop in Pune. Both sides agree governance is the bottleneck, "
                    "not strategy. A signed quality-release gate is the condition for a "
                    "2027 budget."
                ),
                "scores": {
                    "strategic_fit": (4, "Both still want the JV; the market case is intact."),
                    "value_creation": (2, None),
                    "operational_effectiveness": (2, None),
                    "governance": (2, "Deadlock clause discussed openly for the first time."),
                    "relationship": (2, "Frank talk helped; trust still low."),
                    "executive_support": (3, None),
                    "learning": (3, None),
                },
            },
        ],
        "pulses": [
            {"checked_on": "2025-12-16", "rag": "amber", "note": "Six months behind plan."},
            {"checked_on": "2026-02-17", "rag": "amber", "note": None},
            {
                "checked_on": "2026-04-21",
                "rag": "red",
                "note": "Batch 1 failed incoming inspection.",
            },
            {
                "checked_on": "2026-06-16",
                "rag": "amber",
                "note": "Root cause found at the PCB supplier.",
            },
            {
                "checked_on": "2026-08-18",
                "rag": "red",
                "note": "JV board deadlocked on the 2027 budget.",
            },
            {"checked_on": "2026-10-27", "rag": "red", "note": "Escalated to CEO level."},
        ],
        "meetings": [
            {
                "held_on": "2026-02-24",
                "kind": "steering_committee",
                "title": "JV board meeting Q1 2026",
                "notes": "Second capital call proposed; launch date moved to Q3.",
            },
            {
                "held_on": "2026-04-21",
                "kind": "operational_review",
                "title": "Batch 1 failure review (8D)",
                "notes": None,
            },
            {
                "held_on": "2026-08-18",
                "kind": "steering_committee",
                "title": "JV board meeting: 2027 budget",
                "notes": "No majority; second deadlock this year.",
            },
            {
                "held_on": "2026-09-22",
                "kind": "workshop",
                "title": "Reset workshop in Pune",
                "notes": (
                    "Facilitated by an independent chair from the Indo-Dutch chamber of commerce."
                ),
            },
            {
                "held_on": "2026-10-27",
                "kind": "executive_review",
                "title": "CEO-to-CEO call",
                "notes": (
                    "Vikram Deshpande and Marieke van der Linden agreed to try mediation "
                    "before any formal step."
                ),
            },
        ],
        "actions": [
            {
                "title": "Turn the quality manual into visual shop-floor standards",
                "description": None,
                "owner": "Jeroen Smit",
                "due_date": "2026-03-31",
                "status": "done",
                "completed_on": "2026-03-27",
                "source": ("evaluation", "2025-12-09", "partner"),
            },
            {
                "title": "Complete the 8D root-cause analysis for batch 1",
                "description": None,
                "owner": "Jeroen Smit",
                "due_date": "2026-05-31",
                "status": "done",
                "completed_on": "2026-06-05",
                "source": ("meeting", "2026-04-21"),
            },
            {
                "title": "Requalify the PCB supplier in Chennai",
                "description": None,
                "owner": "Suresh Iyer",
                "due_date": "2026-08-31",
                "status": "in_progress",
                "completed_on": None,
                "source": ("meeting", "2026-04-21"),
            },
            {
                "title": "Restore the monthly sponsor call",
                "description": "Joost Hendriks and Vikram Deshpande, 30 minutes, fixed slot.",
                "owner": "Sanne de Wit",
                "due_date": "2026-10-01",
                "status": "open",
                "completed_on": None,
                "source": ("evaluation", "2026-06-09", "us"),
            },
            {
                "title": "Draft a mediation proposal for the 2027 budget",
                "description": None,
                "owner": "Joost Hendriks",
                "due_date": "2026-10-15",
                "status": "done",
                "completed_on": "2026-10-20",
                "source": ("meeting", "2026-08-18"),
            },
            {
                "title": "Agree a quality-release gate signed by both boards",
                "description": None,
                "owner": "Meera Joshi",
                "due_date": "2026-11-30",
                "status": "in_progress",
                "completed_on": None,
                "source": ("meeting", "2026-09-22"),
            },
            {
                "title": "Name a Lindeboom commercial counterpart for Arjun Mehta",
                "description": (
                    "Sales is the one department with no counterpart; the distributor "
                    "conflict festers because of it."
                ),
                "owner": "Ruud Janssen",
                "due_date": "2026-12-31",
                "status": "open",
                "completed_on": None,
                "source": ("evaluation", "2026-09-22", "joint"),
            },
            {
                "title": "Book an independent ISO 13485 pre-audit of the Pune site",
                "description": None,
                "owner": "Ingrid Scholten",
                "due_date": "2027-01-31",
                "status": "open",
                "completed_on": None,
                "source": None,
            },
        ],
        "decisions": [
            {
                "title": "Second capital call of EUR 0.8 m per shareholder",
                "description": None,
                "status": "decided",
                "asked_of": "Executive board",
                "recommendation": "Approve; without it the JV runs out of cash in May.",
                "deadline": "2026-03-31",
                "decided_on": "2026-03-17",
                "decided_by": "Executive board",
                "outcome": "Approved and paid on 2026-04-01.",
                "source": ("meeting", "2026-02-24"),
            },
            {
                "title": "Invoke the deadlock clause or accept a reduced 2027 budget",
                "description": None,
                "status": "pending",
                "asked_of": "Executive board",
                "recommendation": (
                    "Do not invoke yet. Accept the reduced budget if the "
                    "quality-release gate is signed by 30 November; otherwise start "
                    "formal mediation in December."
                ),
                "deadline": "2026-12-05",
                "decided_on": None,
                "decided_by": None,
                "outcome": None,
                "source": ("meeting", "2026-10-27"),
            },
            {
                "title": "Prepare an exit scenario (buy-out or sale of our 50%)",
                "description": None,
                "status": "pending",
                "asked_of": "Supervisory board",
                "recommendation": (
                    "Commission a confidential valuation now, to be used only if mediation fails."
                ),
                "deadline": "2027-01-31",
                "decided_on": None,
                "decided_by": None,
                "outcome": None,
                "source": ("evaluation", "2026-09-22", "joint"),
            },
        ],
        "risks": [
            {
                "title": "Board deadlock blocks 2027 operations",
                "description": None,
                "owner": "Joost Hendriks",
                "likelihood": 4,
                "impact": 5,
                "mitigation": "Mediation proposal and a direct CEO-to-CEO channel.",
                "status": "mitigating",
                "review_date": "2026-12-05",
            },
            {
                "title": "Product shipped before the quality gate harms the Lindeboom brand",
                "description": None,
                "owner": "Ingrid Scholten",
                "likelihood": 3,
                "impact": 5,
                "mitigation": (
                    "The seconded engineer holds the release signature until the gate is signed."
                ),
                "status": "mitigating",
                "review_date": "2026-11-30",
            },
            {
                "title": "Conflict with our existing Indian distributor",
                "description": None,
                "owner": "Ruud Janssen",
                "likelihood": 3,
                "impact": 3,
                "mitigation": "Proposed territory split: the distributor keeps government tenders.",
                "status": "open",
                "review_date": "2027-01-15",
            },
            {
                "title": "Rupee depreciation erodes euro returns",
                "description": None,
                "owner": "Bas Kuipers",
                "likelihood": 3,
                "impact": 2,
                "mitigation": None,
                "status": "open",
                "review_date": "2027-03-31",
            },
        ],
    },
    # 4. UMC Oostland (NL): public-private partnership, value creation, green
    {
        "partner": {
            "name": "UMC Oostland",
            "sector": "Academic hospital",
            "country": "NL",
            "website": "https://www.umc-oostland.example",
            "notes": (
                "University medical centre with 1,000 beds. The innovation office "
                "coordinates partnerships, but departments decide independently. Co-funded "
                "by the province through the Zorginnovatie Oost grant."
            ),
        },
        "partner_maturity": [
            {
                "assessed_on": "2023-10-10",
                "assessor": "Sanne de Wit",
                "remarks": (
                    "Strong research culture; contracts and IT security dominate every decision."
                ),
                "levels": {
                    "collaboration_mindset": (3, None),
                    "executive_support": (2, None),
                    "evaluation_practice": (3, None),
                    "processes_tools": (
                        1,
                        (
                            "Each department has its own approval route; no "
                            "common partnership process."
                        ),
                    ),
                    "dedicated_resources": (2, None),
                    "learning": (4, "Learning is built in: every pilot is also a study."),
                },
            },
            {
                "assessed_on": "2025-10-07",
                "assessor": "Sanne de Wit and Ellen Hofman",
                "remarks": "Board member for innovation now sponsors the programme actively.",
                "levels": {
                    "collaboration_mindset": (4, None),
                    "executive_support": (3, None),
                    "evaluation_practice": (3, None),
                    "processes_tools": (2, None),
                    "dedicated_resources": (2, None),
                    "learning": (4, None),
                },
            },
            {
                "assessed_on": "2026-10-13",
                "assessor": "Sanne de Wit and Ellen Hofman",
                "remarks": (
                    "The hospital created a standard public-private partnership process in "
                    "2026, based partly on this programme."
                ),
                "levels": {
                    "collaboration_mindset": (4, None),
                    "executive_support": (4, None),
                    "evaluation_practice": (4, None),
                    "processes_tools": (3, None),
                    "dedicated_resources": (
                        3,
                        ("Innovation office now has two partnership managers."),
                    ),
                    "learning": (4, None),
                },
            },
        ],
        "name": "Thuismonitoring Oost public-private partnership",
        "alliance_type": "public_private",
        "lifecycle_stage": "value_creation",
        "status_rag": "green",
        "status_reason": (
            "The home-monitoring pilot with 420 heart-failure patients met its "
            "readmission target and grant reporting is on time."
        ),
        "start_date": "2023-09-01",
        "renewal_date": "2027-08-31",
        "contract_reference": "PPS-2023-ZIO-17",
        "description": (
            "Public-private partnership to develop and evaluate remote monitoring of "
            "heart-failure patients at home. UMC Oostland runs the care pathway and "
            "the research; Lindeboom provides patches, the data platform and "
            "technical support; the province funds 40%."
        ),
        "our_resources": (
            "Patches and the data platform at cost, a product manager and two "
            "software engineers half-time: EUR 300k in kind."
        ),
        "partner_resources": (
            "Cardiology nurses and cardiologists for the pilot, a PhD "
            "researcher, ethics approval and patient access."
        ),
        "health_check_interval_days": 365,
        "goals": [
            {
                "kind": "ours",
                "description": "Clinical evidence that supports reimbursement in the Netherlands",
                "measure": "Peer-reviewed publication and submission to the Zorginstituut",
                "target_date": "2027-06-30",
                "progress": 45,
            },
            {
                "kind": "ours",
                "description": "Turn the pilot dashboard into a product",
                "measure": "Release 2.0 in use at three or more hospitals",
                "target_date": "2027-03-31",
                "progress": 35,
            },
            {
                "kind": "partner",
                "description": "Fewer readmissions of heart-failure patients",
                "measure": "30-day readmissions down 20% against the control group",
                "target_date": "2026-06-30",
                "progress": 100,
            },
            {
                "kind": "partner",
                "description": "Scientific output from the pilot",
                "measure": "Two publications and one PhD thesis chapter",
                "target_date": "2027-08-31",
                "progress": 50,
            },
            {
                "kind": "partner",
                "description": "Free up outpatient clinic capacity",
                "measure": "15% fewer outpatient visits per patient",
                "target_date": "2026-12-31",
                "progress": 70,
            },
            {
                "kind": "shared",
                "description": "Scale the care pathway to two more hospitals in the region",
                "measure": "Two hospitals signed up",
                "target_date": "2027-06-30",
                "progress": 30,
            },
            {
                "kind": "shared",
                "description": "Meet all grant milestones",
                "measure": "Milestone reports accepted by the province",
                "target_date": "2027-08-31",
                "progress": 75,
            },
        ],
        "stakeholders": [
            {
                "side": "us",
                "name": "Marieke van der Linden",
                "department": "Executive board",
                "role": "Chief Executive Officer",
                "seniority": "executive",
                "direction": "upwards",
                "is_sponsor": True,
                "email": "marieke.vanderlinden@lindeboom-medical.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2023-09-01",
                        "power": 9,
                        "interest": 6,
                        "attitude": "supporter",
                        "note": None,
                    },
                    {
                        "assessed_on": "2026-07-01",
                        "power": 9,
                        "interest": 8,
                        "attitude": "champion",
                        "note": "Presented the readmission results at the investor day.",
                    },
                ],
            },
            {
                "side": "us",
                "name": "Nadia El Amrani",
                "department": "R&D",
                "role": "Product manager monitoring platform",
                "seniority": "middle",
                "direction": "downwards",
                "is_sponsor": False,
                "email": "nadia.elamrani@lindeboom-medical.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2023-09-01",
                        "power": 5,
                        "interest": 9,
                        "attitude": "champion",
                        "note": None,
                    }
                ],
            },
            {
                "side": "us",
                "name": "Mark Hoekstra",
                "department": "Sales",
                "role": "Sales manager Benelux",
                "seniority": "middle",
                "direction": "sidewards",
                "is_sponsor": False,
                "email": "mark.hoekstra@lindeboom-medical.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2024-09-17",
                        "power": 5,
                        "interest": 4,
                        "attitude": "neutral",
                        "note": None,
                    },
                    {
                        "assessed_on": "2026-07-01",
                        "power": 5,
                        "interest": 8,
                        "attitude": "supporter",
                        "note": "Wants the results for hospital tenders now.",
                    },
                ],
            },
            {
                "side": "us",
                "name": "Lotte Dekker",
                "department": "Marketing & Communications",
                "role": "Product marketing manager",
                "seniority": "middle",
                "direction": "sidewards",
                "is_sponsor": False,
                "email": "lotte.dekker@lindeboom-medical.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2025-09-16",
                        "power": 4,
                        "interest": 7,
                        "attitude": "supporter",
                        "note": None,
                    }
                ],
            },
            {
                "side": "us",
                "name": "Ingrid Scholten",
                "department": "Quality & Regulatory",
                "role": "QA/RA manager",
                "seniority": "senior",
                "direction": "sidewards",
                "is_sponsor": False,
                "email": "ingrid.scholten@lindeboom-medical.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2023-09-01",
                        "power": 7,
                        "interest": 6,
                        "attitude": "supporter",
                        "note": None,
                    }
                ],
            },
            {
                "side": "us",
                "name": "Hanna Vermeulen",
                "department": "Legal",
                "role": "Corporate counsel (privacy)",
                "seniority": "senior",
                "direction": "sidewards",
                "is_sponsor": False,
                "email": "hanna.vermeulen@lindeboom-medical.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2023-09-01",
                        "power": 6,
                        "interest": 7,
                        "attitude": "neutral",
                        "note": None,
                    }
                ],
            },
            {
                "side": "us",
                "name": "Emre Yilmaz",
                "department": "IT",
                "role": "Integration architect",
                "seniority": "middle",
                "direction": "sidewards",
                "is_sponsor": False,
                "email": "emre.yilmaz@lindeboom-medical.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2024-03-19",
                        "power": 5,
                        "interest": 7,
                        "attitude": "supporter",
                        "note": None,
                    }
                ],
            },
            {
                "side": "partner",
                "name": "Prof. dr. Willemijn Aalbers",
                "department": "Executive board",
                "role": "Board member for research and innovation",
                "seniority": "executive",
                "direction": "outwards",
                "is_sponsor": True,
                "email": "willemijn.aalbers@umc-oostland.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2023-09-01",
                        "power": 9,
                        "interest": 6,
                        "attitude": "supporter",
                        "note": None,
                    },
                    {
                        "assessed_on": "2025-09-16",
                        "power": 9,
                        "interest": 5,
                        "attitude": "supporter",
                        "note": None,
                    },
                    {
                        "assessed_on": "2026-09-15",
                        "power": 9,
                        "interest": 8,
                        "attitude": "champion",
                        "note": "Uses the pilot as the model for new PPPs.",
                    },
                ],
            },
            {
                "side": "partner",
                "name": "Dr. Jasper Kramer",
                "department": "Cardiology",
                "role": "Cardiologist, principal investigator",
                "seniority": "senior",
                "direction": "outwards",
                "is_sponsor": False,
                "email": "jasper.kramer@umc-oostland.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2023-09-01",
                        "power": 8,
                        "interest": 10,
                        "attitude": "champion",
                        "note": None,
                    }
                ],
            },
            {
                "side": "partner",
                "name": "Femke Roelofs",
                "department": "Cardiology",
                "role": "Heart-failure nurse specialist",
                "seniority": "operational",
                "direction": "outwards",
                "is_sponsor": False,
                "email": "femke.roelofs@umc-oostland.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2024-03-19",
                        "power": 3,
                        "interest": 9,
                        "attitude": "supporter",
                        "note": None,
                    }
                ],
            },
            {
                "side": "partner",
                "name": "Ellen Hofman",
                "department": "Innovation office",
                "role": "Programme manager",
                "seniority": "middle",
                "direction": "outwards",
                "is_sponsor": False,
                "email": "ellen.hofman@umc-oostland.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2023-09-01",
                        "power": 5,
                        "interest": 9,
                        "attitude": "champion",
                        "note": None,
                    }
                ],
            },
            {
                "side": "partner",
                "name": "Rik Veenstra",
                "department": "Legal",
                "role": "Legal counsel, contracts",
                "seniority": "middle",
                "direction": "outwards",
                "is_sponsor": False,
                "email": "rik.veenstra@umc-oostland.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2023-10-10",
                        "power": 6,
                        "interest": 6,
                        "attitude": "critic",
                        "note": "Wants patient data kept in-house.",
                    },
                    {
                        "assessed_on": "2025-04-01",
                        "power": 6,
                        "interest": 5,
                        "attitude": "neutral",
                        "note": "Data processing agreement signed.",
                    },
                ],
            },
            {
                "side": "partner",
                "name": "Sandra Wouters",
                "department": "IT",
                "role": "Information security officer",
                "seniority": "middle",
                "direction": "outwards",
                "is_sponsor": False,
                "email": "sandra.wouters@umc-oostland.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2023-10-10",
                        "power": 7,
                        "interest": 6,
                        "attitude": "blocker",
                        "note": "Eis: patiëntdata blijft op UMC-servers.",
                    },
                    {
                        "assessed_on": "2024-09-17",
                        "power": 7,
                        "interest": 6,
                        "attitude": "critic",
                        "note": None,
                    },
                    {
                        "assessed_on": "2025-11-04",
                        "power": 7,
                        "interest": 5,
                        "attitude": "supporter",
                        "note": "Accepted EU hosting after the pen test.",
                    },
                ],
            },
            {
                "side": "partner",
                "name": "Noor Vos",
                "department": "Communications",
                "role": "Press officer",
                "seniority": "middle",
                "direction": "outwards",
                "is_sponsor": False,
                "email": "noor.vos@umc-oostland.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2026-01-20",
                        "power": 4,
                        "interest": 6,
                        "attitude": "neutral",
                        "note": (
                            "Guards the publication embargo; no product claims before the paper."
                        ),
                    }
                ],
            },
        ],
        "counterparts": [
            {
                "ours": "Marieke van der Linden",
                "partner": "Prof. dr. Willemijn Aalbers",
                "function": "Executive sponsors",
                "escalation_level": 3,
                "note": None,
            },
            {
                "ours": "Ingrid Scholten",
                "partner": "Dr. Jasper Kramer",
                "function": "Clinical investigation",
                "escalation_level": 2,
                "note": None,
            },
            {
                "ours": "Nadia El Amrani",
                "partner": "Femke Roelofs",
                "function": "Clinical requirements for the dashboard",
                "escalation_level": 1,
                "note": None,
            },
            {
                "ours": "Hanna Vermeulen",
                "partner": "Rik Veenstra",
                "function": "Contracts and privacy",
                "escalation_level": 2,
                "note": None,
            },
            {
                "ours": "Emre Yilmaz",
                "partner": "Sandra Wouters",
                "function": "Hosting and information security",
                "escalation_level": 1,
                "note": None,
            },
            {
                "ours": "Lotte Dekker",
                "partner": "Noor Vos",
                "function": "Publications and press",
                "escalation_level": 1,
                "note": "Afspraak: persberichten altijd samen afstemmen.",
            },
        ],
        "evaluations": [
            {
                "evaluated_on": "2024-09-17",
                "respondent_side": "us",
                "respondent": "Sanne de Wit",
                "remarks": None,
                "scores": {
                    "strategic_fit": (4, None),
                    "value_creation": (3, "Good science, no commercial route yet."),
                    "operational_effectiveness": (3, None),
                    "governance": (2, "Every decision needs three hospital committees."),
                    "relationship": (3, None),
                    "executive_support": (3, None),
                    "learning": (3, None),
                },
            },
            {
                "evaluated_on": "2024-09-17",
                "respondent_side": "partner",
                "respondent": "Ellen Hofman",
                "remarks": None,
                "scores": {
                    "strategic_fit": (4, None),
                    "value_creation": (4, None),
                    "operational_effectiveness": (3, None),
                    "governance": (3, "Committees are slow for us too."),
                    "relationship": (
                        4,
                        ("Lindeboom engineers join the nurses' huddles: appreciated."),
                    ),
                    "executive_support": (3, None),
                    "learning": (4, "Nurses learn remote care."),
                },
            },
            {
                "evaluated_on": "2025-09-16",
                "respondent_side": "us",
                "respondent": "Sanne de Wit",
                "remarks": None,
                "scores": {
                    "strategic_fit": (4, None),
                    "value_creation": (
                        3,
                        ("Readmissions falling, but reimbursement is years away."),
                    ),
                    "operational_effectiveness": (4, None),
                    "governance": (3, None),
                    "relationship": (4, None),
                    "executive_support": (4, None),
                    "learning": (3, ("We learn about the care pathway, less about our product.")),
                },
            },
            {
                "evaluated_on": "2025-09-16",
                "respondent_side": "partner",
                "respondent": "Ellen Hofman",
                "remarks": "The best-run partnership in our portfolio.",
                "scores": {
                    "strategic_fit": (5, None),
                    "value_creation": (5, "Readmissions down 17% at the interim analysis."),
                    "operational_effectiveness": (4, None),
                    "governance": (4, None),
                    "relationship": (4, None),
                    "executive_support": (3, "Our board could show more interest."),
                    "learning": (5, "Two abstracts accepted; nurses trained in remote care."),
                },
            },
            {
                "evaluated_on": "2026-03-17",
                "respondent_side": "joint",
                "respondent": "Sanne de Wit and Ellen Hofman",
                "remarks": (
                    "Joint check. The value gap is real: the hospital measures health "
                    "outcomes, we measure the road to reimbursement. Both are legitimate "
                    "goals."
                ),
                "scores": {
                    "strategic_fit": (4, "Both boards call the pilot strategic."),
                    "value_creation": (4, None),
                    "operational_effectiveness": (4, None),
                    "governance": (4, "Publication and press decisions still slow."),
                    "relationship": (4, None),
                    "executive_support": (4, None),
                    "learning": (4, None),
                },
            },
            {
                "evaluated_on": "2026-09-15",
                "respondent_side": "us",
                "respondent": "Sanne de Wit",
                "remarks": "Readmission target met. Next step is scale-up.",
                "scores": {
                    "strategic_fit": (5, None),
                    "value_creation": (4, None),
                    "operational_effectiveness": (4, None),
                    "governance": (3, "Scale-up needs faster decisions than the pilot did."),
                    "relationship": (5, None),
                    "executive_support": (5, "CEO presented results to investors."),
                    "learning": (4, None),
                },
            },
            {
                "evaluated_on": "2026-09-15",
                "respondent_side": "partner",
                "respondent": "Ellen Hofman",
                "remarks": None,
                "scores": {
                    "strategic_fit": (5, None),
                    "value_creation": (5, "Readmissions down 21%."),
                    "operational_effectiveness": (4, None),
                    "governance": (4, None),
                    "relationship": (5, None),
                    "executive_support": (4, "Board member now chairs the consortium."),
                    "learning": (5, None),
                },
            },
        ],
        "pulses": [
            {"checked_on": "2025-12-02", "rag": "green", "note": None},
            {
                "checked_on": "2026-01-27",
                "rag": "amber",
                "note": "Publication embargo clashes with our planned launch at a trade fair.",
            },
            {"checked_on": "2026-03-24", "rag": "green", "note": "Publication protocol agreed."},
            {"checked_on": "2026-05-26", "rag": "green", "note": None},
            {
                "checked_on": "2026-07-21",
                "rag": "green",
                "note": "Readmission target met: minus 21%.",
            },
            {"checked_on": "2026-09-29", "rag": "green", "note": None},
            {
                "checked_on": "2026-11-10",
                "rag": "green",
                "note": "Milestone report M5 accepted by the province.",
            },
        ],
        "meetings": [
            {
                "held_on": "2025-12-02",
                "kind": "steering_committee",
                "title": "Consortium board Q4 2025",
                "notes": None,
            },
            {
                "held_on": "2026-01-20",
                "kind": "workshop",
                "title": "Publication and communication plan",
                "notes": "Agreed who may say what, and when, about the pilot results.",
            },
            {
                "held_on": "2026-06-30",
                "kind": "executive_review",
                "title": "Pilot results for both boards",
                "notes": "Both boards want a phase 2 with two more hospitals.",
            },
            {
                "held_on": "2026-10-06",
                "kind": "steering_committee",
                "title": "Scale-up planning",
                "notes": "Two regional hospitals interested; funding split still open.",
            },
        ],
        "actions": [
            {
                "title": "Cut data-export turnaround for the PhD researcher to two days",
                "description": None,
                "owner": "Emre Yilmaz",
                "due_date": "2025-12-31",
                "status": "done",
                "completed_on": "2025-11-28",
                "source": ("evaluation", "2025-09-16", "partner"),
            },
            {
                "title": (
                    "Agree a publication protocol: no product claims before the paper is accepted"
                ),
                "description": None,
                "owner": "Lotte Dekker",
                "due_date": "2026-02-28",
                "status": "done",
                "completed_on": "2026-02-17",
                "source": ("meeting", "2026-01-20"),
            },
            {
                "title": "Give Sales a role in the programme",
                "description": (
                    "Sales has no counterpart at the hospital and hears results second-hand."
                ),
                "owner": "Mark Hoekstra",
                "due_date": "2026-09-30",
                "status": "open",
                "completed_on": None,
                "source": ("evaluation", "2026-03-17", "joint"),
            },
            {
                "title": "Submit grant milestone report M5",
                "description": None,
                "owner": "Bas Kuipers",
                "due_date": "2026-10-31",
                "status": "done",
                "completed_on": "2026-10-28",
                "source": None,
            },
            {
                "title": "Approach Ziekenhuis Rivierenland Oost and MC Hengelo for phase 2",
                "description": None,
                "owner": "Ellen Hofman",
                "due_date": "2026-12-15",
                "status": "in_progress",
                "completed_on": None,
                "source": ("meeting", "2026-10-06"),
            },
            {
                "title": "Outline the reimbursement dossier with a health-economics consultant",
                "description": None,
                "owner": "Nadia El Amrani",
                "due_date": "2027-02-28",
                "status": "open",
                "completed_on": None,
                "source": ("meeting", "2026-06-30"),
            },
        ],
        "decisions": [
            {
                "title": "Host the platform in an EU cloud instead of on UMC servers",
                "description": None,
                "status": "decided",
                "asked_of": "Executive board and UMC board of directors",
                "recommendation": (
                    "Approve EU cloud hosting, subject to an independent penetration test."
                ),
                "deadline": "2025-10-31",
                "decided_on": "2025-10-14",
                "decided_by": "Both boards",
                "outcome": "Approved after a clean penetration test report.",
                "source": None,
            },
            {
                "title": "Co-fund phase 2 with two more hospitals (EUR 450k in kind)",
                "description": None,
                "status": "pending",
                "asked_of": "Executive board",
                "recommendation": (
                    "Approve: phase 2 yields the multi-centre evidence needed for "
                    "reimbursement. Cap the cash part at EUR 150k."
                ),
                "deadline": "2026-12-20",
                "decided_on": None,
                "decided_by": None,
                "outcome": None,
                "source": ("meeting", "2026-10-06"),
            },
        ],
        "risks": [
            {
                "title": "Reimbursement decision not before 2028",
                "description": None,
                "owner": "Nadia El Amrani",
                "likelihood": 3,
                "impact": 4,
                "mitigation": (
                    "Early dialogue with the Zorginstituut through the UMC "
                    "health-technology assessment group."
                ),
                "status": "open",
                "review_date": "2027-03-01",
            },
            {
                "title": "PhD researcher leaves before the thesis chapter",
                "description": None,
                "owner": "Dr. Jasper Kramer",
                "likelihood": 2,
                "impact": 3,
                "mitigation": "A second researcher co-authors from January.",
                "status": "mitigating",
                "review_date": "2027-01-31",
            },
            {
                "title": "Data breach on the home-monitoring platform",
                "description": None,
                "owner": "Emre Yilmaz",
                "likelihood": 2,
                "impact": 5,
                "mitigation": "Annual penetration test; platform inside our ISO 27001 scope.",
                "status": "mitigating",
                "review_date": "2027-01-31",
            },
        ],
    },
    # 5. Kaminari Precision (JP): licensing, exit strategy, amber
    {
        "partner": {
            "name": "Kaminari Precision Co., Ltd.",
            "sector": "Medical electronics manufacturing",
            "country": "JP",
            "website": "https://www.kaminari-precision.example",
            "notes": (
                "Osaka-based maker of infusion pumps and monitors. Decisions are prepared "
                "by consensus (ringi), so changes need months of lead time."
            ),
        },
        "partner_maturity": [
            {
                "assessed_on": "2022-05-10",
                "assessor": "Sanne de Wit's predecessor (Sales)",
                "remarks": (
                    "Disciplined licensee: reports on time, strong processes, but little "
                    "interest in joint development."
                ),
                "levels": {
                    "collaboration_mindset": (3, None),
                    "executive_support": (4, None),
                    "evaluation_practice": (3, None),
                    "processes_tools": (
                        4,
                        ("Formal change control and documentation, better than ours at the time."),
                    ),
                    "dedicated_resources": (3, None),
                    "learning": (2, None),
                },
            },
            {
                "assessed_on": "2025-11-18",
                "assessor": "Sanne de Wit",
                "remarks": "Processes still excellent; commitment to the partnership is fading.",
                "levels": {
                    "collaboration_mindset": (
                        2,
                        ("Treats the licence as a bridge until its own software is ready."),
                    ),
                    "executive_support": (
                        2,
                        ("The executive sponsor has not attended a review since 2024."),
                    ),
                    "evaluation_practice": (3, None),
                    "processes_tools": (4, None),
                    "dedicated_resources": (2, None),
                    "learning": (2, None),
                },
            },
        ],
        "name": "Kaminari dose-safety software licence",
        "alliance_type": "licensing",
        "lifecycle_stage": "exit_strategy",
        "status_rag": "amber",
        "status_reason": (
            "Kaminari will replace our software with its own by 2027; the "
            "wind-down is on track, but royalty reports are late."
        ),
        "start_date": "2019-10-01",
        "renewal_date": "2027-09-30",
        "contract_reference": "LM-LIC-2019-007",
        "description": (
            "Licence for Kaminari to embed Lindeboom's dose-error-reduction software "
            "and drug-library tools in its infusion pumps sold in Japan and Korea. "
            "Kaminari gave notice of non-renewal in April 2026; both sides run an "
            "18-month exit plan."
        ),
        "our_resources": (
            "Software releases and security patches, one application engineer for "
            "support, and regulatory documentation for PMDA submissions."
        ),
        "partner_resources": (
            "Integration into Kaminari pumps, PMDA approvals, sales and "
            "service in Japan and Korea, and quarterly royalty reports."
        ),
        "health_check_interval_days": 180,
        "goals": [
            {
                "kind": "ours",
                "description": "Protect royalty income until the licence expires",
                "measure": "Royalties of at least JPY 18 m per quarter",
                "target_date": "2027-09-30",
                "progress": 60,
            },
            {
                "kind": "ours",
                "description": "Exit without patient-safety or reputation incidents",
                "measure": "No field safety actions caused by the transition",
                "target_date": "2027-09-30",
                "progress": 50,
            },
            {
                "kind": "ours",
                "description": "Keep the rights to the jointly built Japanese drug-library content",
                "measure": "IP allocation agreement signed",
                "target_date": "2026-12-31",
                "progress": 70,
            },
            {
                "kind": "partner",
                "description": "Run its own software platform on all pump models",
                "measure": "In-house software approved by the PMDA",
                "target_date": "2027-06-30",
                "progress": 55,
            },
            {
                "kind": "partner",
                "description": "Continuity of service to Japanese hospitals during the migration",
                "measure": "No unplanned pump downtime",
                "target_date": "2027-09-30",
                "progress": 60,
            },
            {
                "kind": "shared",
                "description": "Orderly migration of the installed base (about 9,000 pumps)",
                "measure": "Pumps migrated to the new software",
                "target_date": "2027-09-30",
                "progress": 20,
            },
            {
                "kind": "shared",
                "description": "Clean closure of the contract",
                "measure": "Final royalty audit done and close-out letter signed",
                "target_date": "2027-12-31",
                "progress": 5,
            },
        ],
        "stakeholders": [
            {
                "side": "us",
                "name": "Pieter Bakker",
                "department": "Executive board",
                "role": "Chief Technology Officer",
                "seniority": "executive",
                "direction": "upwards",
                "is_sponsor": True,
                "email": "pieter.bakker@lindeboom-medical.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2019-10-01",
                        "power": 8,
                        "interest": 8,
                        "attitude": "champion",
                        "note": None,
                    },
                    {
                        "assessed_on": "2024-05-06",
                        "power": 8,
                        "interest": 6,
                        "attitude": "supporter",
                        "note": None,
                    },
                    {
                        "assessed_on": "2026-05-12",
                        "power": 8,
                        "interest": 3,
                        "attitude": "neutral",
                        "note": ("Sees the licence as a closed chapter and delegates to R&D."),
                    },
                ],
            },
            {
                "side": "us",
                "name": "Eva Smits",
                "department": "R&D",
                "role": "Software team lead dose safety",
                "seniority": "middle",
                "direction": "sidewards",
                "is_sponsor": False,
                "email": "eva.smits@lindeboom-medical.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2024-05-06",
                        "power": 5,
                        "interest": 8,
                        "attitude": "supporter",
                        "note": None,
                    }
                ],
            },
            {
                "side": "us",
                "name": "Ruud Janssen",
                "department": "Sales",
                "role": "VP International Sales",
                "seniority": "senior",
                "direction": "sidewards",
                "is_sponsor": False,
                "email": "ruud.janssen@lindeboom-medical.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2026-05-12",
                        "power": 7,
                        "interest": 8,
                        "attitude": "supporter",
                        "note": ("Wants to sell our own pumps in Japan after the licence ends."),
                    }
                ],
            },
            {
                "side": "us",
                "name": "Bas Kuipers",
                "department": "Finance",
                "role": "Business controller",
                "seniority": "middle",
                "direction": "sidewards",
                "is_sponsor": False,
                "email": "bas.kuipers@lindeboom-medical.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2026-09-08",
                        "power": 5,
                        "interest": 8,
                        "attitude": "critic",
                        "note": "Insists on a royalty audit.",
                    }
                ],
            },
            {
                "side": "us",
                "name": "Hanna Vermeulen",
                "department": "Legal",
                "role": "Corporate counsel (IP and licensing)",
                "seniority": "senior",
                "direction": "sidewards",
                "is_sponsor": False,
                "email": "hanna.vermeulen@lindeboom-medical.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2026-05-12",
                        "power": 6,
                        "interest": 9,
                        "attitude": "supporter",
                        "note": None,
                    }
                ],
            },
            {
                "side": "us",
                "name": "Ingrid Scholten",
                "department": "Quality & Regulatory",
                "role": "QA/RA manager",
                "seniority": "senior",
                "direction": "sidewards",
                "is_sponsor": False,
                "email": "ingrid.scholten@lindeboom-medical.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2026-06-09",
                        "power": 7,
                        "interest": 7,
                        "attitude": "supporter",
                        "note": None,
                    }
                ],
            },
            {
                "side": "us",
                "name": "Rick Meijer",
                "department": "Customer service",
                "role": "Application engineer Japan",
                "seniority": "operational",
                "direction": "downwards",
                "is_sponsor": False,
                "email": "rick.meijer@lindeboom-medical.example",
                "notes": "Only person who knows the Kaminari integration in detail.",
                "assessments": [
                    {
                        "assessed_on": "2024-05-06",
                        "power": 3,
                        "interest": 9,
                        "attitude": "champion",
                        "note": None,
                    }
                ],
            },
            {
                "side": "partner",
                "name": "Hiroshi Tanaka",
                "department": "Executive board",
                "role": "Executive officer, medical division",
                "seniority": "executive",
                "direction": "outwards",
                "is_sponsor": True,
                "email": None,
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2019-10-01",
                        "power": 8,
                        "interest": 8,
                        "attitude": "champion",
                        "note": None,
                    },
                    {
                        "assessed_on": "2025-11-18",
                        "power": 8,
                        "interest": 4,
                        "attitude": "neutral",
                        "note": None,
                    },
                    {
                        "assessed_on": "2026-04-21",
                        "power": 8,
                        "interest": 3,
                        "attitude": "neutral",
                        "note": "Signed the non-renewal notice.",
                    },
                ],
            },
            {
                "side": "partner",
                "name": "Yuki Sato",
                "department": "R&D",
                "role": "General manager software development",
                "seniority": "senior",
                "direction": "outwards",
                "is_sponsor": False,
                "email": None,
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2024-10-15",
                        "power": 7,
                        "interest": 6,
                        "attitude": "neutral",
                        "note": None,
                    },
                    {
                        "assessed_on": "2025-10-14",
                        "power": 7,
                        "interest": 8,
                        "attitude": "critic",
                        "note": ("Leads the in-house replacement; limits information sharing."),
                    },
                ],
            },
            {
                "side": "partner",
                "name": "Kenji Watanabe",
                "department": "Legal",
                "role": "Licensing manager (alliance contact)",
                "seniority": "middle",
                "direction": "outwards",
                "is_sponsor": False,
                "email": "kenji.watanabe@kaminari-precision.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2024-04-16",
                        "power": 5,
                        "interest": 7,
                        "attitude": "supporter",
                        "note": None,
                    }
                ],
            },
            {
                "side": "partner",
                "name": "Aiko Nakamura",
                "department": "Quality & Regulatory",
                "role": "PMDA affairs manager",
                "seniority": "middle",
                "direction": "outwards",
                "is_sponsor": False,
                "email": "aiko.nakamura@kaminari-precision.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2026-06-09",
                        "power": 5,
                        "interest": 7,
                        "attitude": "supporter",
                        "note": None,
                    }
                ],
            },
            {
                "side": "partner",
                "name": "Takeshi Yamamoto",
                "department": "Finance",
                "role": "Accounting manager",
                "seniority": "middle",
                "direction": "outwards",
                "is_sponsor": False,
                "email": "takeshi.yamamoto@kaminari-precision.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2026-09-08",
                        "power": 5,
                        "interest": 3,
                        "attitude": "neutral",
                        "note": "Royalty reports are a low priority for him.",
                    }
                ],
            },
            {
                "side": "partner",
                "name": "Mai Kobayashi",
                "department": "Sales & Service",
                "role": "Service planning manager",
                "seniority": "middle",
                "direction": "outwards",
                "is_sponsor": False,
                "email": "mai.kobayashi@kaminari-precision.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2026-06-09",
                        "power": 4,
                        "interest": 8,
                        "attitude": "supporter",
                        "note": None,
                    }
                ],
            },
        ],
        "counterparts": [
            {
                "ours": "Pieter Bakker",
                "partner": "Hiroshi Tanaka",
                "function": "Executive sponsors",
                "escalation_level": 3,
                "note": "No direct contact since 2024; the notice came by letter.",
            },
            {
                "ours": "Eva Smits",
                "partner": "Yuki Sato",
                "function": "Software",
                "escalation_level": 2,
                "note": None,
            },
            {
                "ours": "Hanna Vermeulen",
                "partner": "Kenji Watanabe",
                "function": "Licence and exit terms",
                "escalation_level": 2,
                "note": None,
            },
            {
                "ours": "Ingrid Scholten",
                "partner": "Aiko Nakamura",
                "function": "Regulatory and field safety",
                "escalation_level": 1,
                "note": None,
            },
            {
                "ours": "Rick Meijer",
                "partner": "Mai Kobayashi",
                "function": "Service and migration waves",
                "escalation_level": 1,
                "note": None,
            },
        ],
        "evaluations": [
            {
                "evaluated_on": "2024-04-16",
                "respondent_side": "us",
                "respondent": "Sanne de Wit",
                "remarks": None,
                "scores": {
                    "strategic_fit": (4, None),
                    "value_creation": (4, "Royalties on plan."),
                    "operational_effectiveness": (4, None),
                    "governance": (3, None),
                    "relationship": (4, None),
                    "executive_support": (3, None),
                    "learning": (3, None),
                },
            },
            {
                "evaluated_on": "2024-04-16",
                "respondent_side": "partner",
                "respondent": "Kenji Watanabe",
                "remarks": None,
                "scores": {
                    "strategic_fit": (4, None),
                    "value_creation": (4, None),
                    "operational_effectiveness": (4, "Integration stable, few tickets."),
                    "governance": (3, None),
                    "relationship": (4, None),
                    "executive_support": (3, None),
                    "learning": (3, None),
                },
            },
            {
                "evaluated_on": "2024-10-15",
                "respondent_side": "us",
                "respondent": "Sanne de Wit",
                "remarks": None,
                "scores": {
                    "strategic_fit": (4, None),
                    "value_creation": (4, None),
                    "operational_effectiveness": (4, None),
                    "governance": (3, None),
                    "relationship": (4, None),
                    "executive_support": (3, None),
                    "learning": (3, "No joint roadmap talks this year."),
                },
            },
            {
                "evaluated_on": "2024-10-17",
                "respondent_side": "partner",
                "respondent": "Kenji Watanabe",
                "remarks": None,
                "scores": {
                    "strategic_fit": (3, "Software strategy under review at head office."),
                    "value_creation": (4, None),
                    "operational_effectiveness": (4, None),
                    "governance": (3, None),
                    "relationship": (4, None),
                    "executive_support": (3, None),
                    "learning": (2, None),
                },
            },
            {
                "evaluated_on": "2025-04-15",
                "respondent_side": "us",
                "respondent": "Sanne de Wit",
                "remarks": "Stable licence, royalties on plan.",
                "scores": {
                    "strategic_fit": (4, "We assume renewal in 2027."),
                    "value_creation": (4, None),
                    "operational_effectiveness": (4, None),
                    "governance": (3, None),
                    "relationship": (4, None),
                    "executive_support": (3, None),
                    "learning": (3, None),
                },
            },
            {
                "evaluated_on": "2025-04-15",
                "respondent_side": "partner",
                "respondent": "Kenji Watanabe",
                "remarks": None,
                "scores": {
                    "strategic_fit": (2, "Own platform is now a board-level priority."),
                    "value_creation": (3, None),
                    "operational_effectiveness": (4, None),
                    "governance": (3, None),
                    "relationship": (4, None),
                    "executive_support": (2, ("Sponsor attention has moved to the new platform.")),
                    "learning": (2, None),
                },
            },
            {
                "evaluated_on": "2025-10-14",
                "respondent_side": "us",
                "respondent": "Sanne de Wit",
                "remarks": None,
                "scores": {
                    "strategic_fit": (4, None),
                    "value_creation": (3, None),
                    "operational_effectiveness": (4, None),
                    "governance": (3, None),
                    "relationship": (3, "Fewer questions from Kaminari engineers; unusual."),
                    "executive_support": (3, "No sponsor meeting in 2025."),
                    "learning": (3, None),
                },
            },
            {
                "evaluated_on": "2025-10-14",
                "respondent_side": "partner",
                "respondent": "Kenji Watanabe",
                "remarks": None,
                "scores": {
                    "strategic_fit": (2, "Own platform is in PMDA review."),
                    "value_creation": (3, None),
                    "operational_effectiveness": (3, None),
                    "governance": (3, None),
                    "relationship": (3, None),
                    "executive_support": (2, None),
                    "learning": (2, "Little left to learn from each other."),
                },
            },
            {
                "evaluated_on": "2026-04-21",
                "respondent_side": "us",
                "respondent": "Sanne de Wit",
                "remarks": (
                    "Notice of non-renewal received. The partner's strategic-fit scores had "
                    "been signalling this for eighteen months."
                ),
                "scores": {
                    "strategic_fit": (2, "Kaminari no longer needs us after 2027."),
                    "value_creation": (3, None),
                    "operational_effectiveness": (3, None),
                    "governance": (3, None),
                    "relationship": (3, None),
                    "executive_support": (2, "Neither sponsor has engaged in the last year."),
                    "learning": (3, None),
                },
            },
            {
                "evaluated_on": "2026-04-21",
                "respondent_side": "partner",
                "respondent": "Kenji Watanabe",
                "remarks": None,
                "scores": {
                    "strategic_fit": (2, "No need for the licence after 2027."),
                    "value_creation": (3, None),
                    "operational_effectiveness": (4, None),
                    "governance": (4, None),
                    "relationship": (4, "We value the cooperation and want a respectful exit."),
                    "executive_support": (2, None),
                    "learning": (2, None),
                },
            },
            {
                "evaluated_on": "2026-10-20",
                "respondent_side": "joint",
                "respondent": "Sanne de Wit and Kenji Watanabe",
                "remarks": (
                    "Exit plan review. Migration wave 1 done without incidents; royalty "
                    "reporting is the open issue."
                ),
                "scores": {
                    "strategic_fit": (2, None),
                    "value_creation": (3, None),
                    "operational_effectiveness": (3, None),
                    "governance": (3, None),
                    "relationship": (4, "Good cooperation on the exit itself."),
                    "executive_support": (2, "Sponsors have delegated the exit fully."),
                    "learning": (3, None),
                },
            },
        ],
        "pulses": [
            {"checked_on": "2025-12-09", "rag": "green", "note": None},
            {
                "checked_on": "2026-02-10",
                "rag": "amber",
                "note": "Rumours that Kaminari builds its own software.",
            },
            {"checked_on": "2026-04-21", "rag": "red", "note": "Notice of non-renewal received."},
            {"checked_on": "2026-06-16", "rag": "amber", "note": "Exit plan agreed in Osaka."},
            {"checked_on": "2026-08-18", "rag": "amber", "note": None},
            {
                "checked_on": "2026-10-20",
                "rag": "amber",
                "note": "Q2 and Q3 royalty reports still outstanding.",
            },
        ],
        "meetings": [
            {
                "held_on": "2026-04-28",
                "kind": "executive_review",
                "title": "Response to the non-renewal notice",
                "notes": "Executive board chose an orderly exit over a dispute.",
            },
            {
                "held_on": "2026-06-09",
                "kind": "steering_committee",
                "title": "Exit plan kick-off in Osaka",
                "notes": "Three migration waves agreed; last pumps migrated by June 2027.",
            },
            {
                "held_on": "2026-09-08",
                "kind": "operational_review",
                "title": "Migration wave 1 review",
                "notes": None,
            },
            {
                "held_on": "2026-10-20",
                "kind": "steering_committee",
                "title": "Exit plan review",
                "notes": None,
            },
        ],
        "actions": [
            {
                "title": "Agree an 18-month exit plan with migration waves",
                "description": None,
                "owner": "Sanne de Wit",
                "due_date": "2026-06-30",
                "status": "done",
                "completed_on": "2026-06-23",
                "source": ("meeting", "2026-04-28"),
            },
            {
                "title": "Write a joint field safety plan for the migration",
                "description": None,
                "owner": "Ingrid Scholten",
                "due_date": "2026-08-31",
                "status": "done",
                "completed_on": "2026-08-26",
                "source": ("meeting", "2026-06-09"),
            },
            {
                "title": "Offer paid support beyond migration wave 2",
                "description": "Kaminari declined; it will support itself.",
                "owner": "Ruud Janssen",
                "due_date": "2026-07-31",
                "status": "cancelled",
                "completed_on": None,
                "source": ("meeting", "2026-06-09"),
            },
            {
                "title": "Chase the Q2 and Q3 royalty reports",
                "description": None,
                "owner": "Bas Kuipers",
                "due_date": "2026-09-30",
                "status": "in_progress",
                "completed_on": None,
                "source": ("meeting", "2026-09-08"),
            },
            {
                "title": "Name a finance counterpart at Kaminari for the royalty audit",
                "description": None,
                "owner": "Sanne de Wit",
                "due_date": "2026-11-30",
                "status": "open",
                "completed_on": None,
                "source": ("evaluation", "2026-10-20", "joint"),
            },
            {
                "title": "Hold a lessons-learned session on the missed early warning",
                "description": (
                    "The partner's strategic-fit score fell from 4 to 2 in a year and nobody acted."
                ),
                "owner": "Sanne de Wit",
                "due_date": "2026-12-15",
                "status": "open",
                "completed_on": None,
                "source": ("evaluation", "2026-04-21", "us"),
            },
            {
                "title": "Deliver the final security patch release 4.8.2",
                "description": None,
                "owner": "Eva Smits",
                "due_date": "2027-03-31",
                "status": "in_progress",
                "completed_on": None,
                "source": ("meeting", "2026-06-09"),
            },
        ],
        "decisions": [
            {
                "title": "Accept non-renewal and negotiate an orderly exit",
                "description": None,
                "status": "decided",
                "asked_of": "Executive board",
                "recommendation": "Accept; a dispute would cost more than the remaining royalties.",
                "deadline": "2026-05-15",
                "decided_on": "2026-05-12",
                "decided_by": "Executive board",
                "outcome": "Accepted, with a royalty floor until expiry and an exit plan.",
                "source": ("meeting", "2026-04-28"),
            },
            {
                "title": "Start a royalty audit under clause 11.3",
                "description": None,
                "status": "pending",
                "asked_of": "CFO (Joost Hendriks)",
                "recommendation": (
                    "Approve: two reports are late and unit counts deviate 6% from shipment data."
                ),
                "deadline": "2026-12-01",
                "decided_on": None,
                "decided_by": None,
                "outcome": None,
                "source": ("meeting", "2026-09-08"),
            },
            {
                "title": "Enter the Japanese market directly with our own pumps after expiry",
                "description": None,
                "status": "pending",
                "asked_of": "Executive board",
                "recommendation": (
                    "Fund a market study first (EUR 60k) and decide in Q2 2027; our "
                    "relationships with Japanese hospitals fade after 2028."
                ),
                "deadline": "2027-01-31",
                "decided_on": None,
                "decided_by": None,
                "outcome": None,
                "source": ("evaluation", "2026-10-20", "joint"),
            },
        ],
        "risks": [
            {
                "title": "Royalty underpayment during the wind-down",
                "description": None,
                "owner": "Bas Kuipers",
                "likelihood": 3,
                "impact": 3,
                "mitigation": "Royalty audit under clause 11.3.",
                "status": "mitigating",
                "review_date": "2026-12-15",
            },
            {
                "title": "Patient-safety incident during the software migration",
                "description": None,
                "owner": "Ingrid Scholten",
                "likelihood": 2,
                "impact": 5,
                "mitigation": "Joint field safety plan; migration in waves with a rollback option.",
                "status": "mitigating",
                "review_date": "2027-01-31",
            },
            {
                "title": "Drug-library know-how ends up in Kaminari's own software",
                "description": None,
                "owner": "Hanna Vermeulen",
                "likelihood": 3,
                "impact": 3,
                "mitigation": "IP allocation agreement before wave 2.",
                "status": "open",
                "review_date": "2026-12-31",
            },
        ],
    },
    # 6. Vandaele Biomaterials (BE): supply, partner selection, green
    {
        "partner": {
            "name": "Vandaele Biomaterials NV",
            "sector": "Medical-grade polymer tubing and extrusion",
            "country": "BE",
            "website": "https://www.vandaele-bio.example",
            "notes": (
                "Family company in Kortrijk, ISO 13485 certified, supplies three European "
                "infusion-set makers. Works in Dutch (Flemish) with us."
            ),
        },
        "partner_maturity": [
            {
                "assessed_on": "2026-09-03",
                "assessor": "Sanne de Wit",
                "remarks": (
                    "First assessment, during partner selection. Open, long-term mindset "
                    "typical of a family business; no alliance role or evaluation habit yet."
                ),
                "levels": {
                    "collaboration_mindset": (4, None),
                    "executive_support": (3, None),
                    "evaluation_practice": (
                        2,
                        ("Customer audits only; never evaluated a relationship from both sides."),
                    ),
                    "processes_tools": (3, None),
                    "dedicated_resources": (
                        1,
                        ("The key account manager covers us next to 40 other customers."),
                    ),
                    "learning": (2, None),
                },
            },
        ],
        "name": "Vandaele PVC-free tubing supply",
        "alliance_type": "supply",
        "lifecycle_stage": "partner_selection",
        # Not assessed: the status waits until we have chosen this partner.
        "status_rag": None,
        "status_reason": (
            "Waiting for partner selection; sample tubing passed the first "
            "biocompatibility screening and pilot terms are being negotiated."
        ),
        "start_date": "2026-06-01",
        "renewal_date": None,
        "contract_reference": None,
        "description": (
            "Candidate long-term supplier of PVC-free tubing for our infusion sets, "
            "replacing a supplier that stops making medical grades in 2028. Now in a "
            "paid sampling phase before we select a partner."
        ),
        "our_resources": (
            "A procurement lead, two materials engineers and test capacity in our Enschede lab."
        ),
        "partner_resources": (
            "An extrusion development team, sample runs on a medical-grade "
            "line, material data and regulatory documentation."
        ),
        "health_check_interval_days": 90,
        "goals": [
            {
                "kind": "ours",
                "description": "Secure a second source of PVC-free tubing before 2028",
                "measure": "Qualified supplier with a signed supply agreement",
                "target_date": "2027-09-30",
                "progress": 20,
            },
            {
                "kind": "ours",
                "description": "Cut tubing cost per infusion set by 8%",
                "measure": "Unit price against the current supplier",
                "target_date": "2027-09-30",
                "progress": 10,
            },
            {
                "kind": "partner",
                "description": "Win a reference customer in infusion therapy in the Netherlands",
                "measure": "Supply agreement for at least 2 million metres a year",
                "target_date": "2027-06-30",
                "progress": 15,
            },
            {
                "kind": "partner",
                "description": "Learn MDR requirements for components of class IIb devices",
                "measure": "Documentation package accepted by our notified body",
                "target_date": "2027-06-30",
                "progress": 10,
            },
            {
                "kind": "shared",
                "description": "A successful pilot run",
                "measure": "Three pilot lots within specification and passing ISO 10993 tests",
                "target_date": "2027-02-28",
                "progress": 30,
            },
            {
                "kind": "shared",
                "description": "An agreed joint qualification plan",
                "measure": "Plan signed by both quality managers",
                "target_date": "2026-12-15",
                "progress": 60,
            },
        ],
        "stakeholders": [
            {
                "side": "us",
                "name": "Annelies Brouwer",
                "department": "Executive board",
                "role": "Chief Operating Officer",
                "seniority": "executive",
                "direction": "upwards",
                "is_sponsor": True,
                "email": "annelies.brouwer@lindeboom-medical.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2026-05-20",
                        "power": 8,
                        "interest": 6,
                        "attitude": "supporter",
                        "note": None,
                    }
                ],
            },
            {
                "side": "us",
                "name": "Martijn de Graaf",
                "department": "Procurement",
                "role": "Category manager polymers",
                "seniority": "middle",
                "direction": "sidewards",
                "is_sponsor": False,
                "email": "martijn.degraaf@lindeboom-medical.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2026-05-20",
                        "power": 5,
                        "interest": 10,
                        "attitude": "champion",
                        "note": None,
                    }
                ],
            },
            {
                "side": "us",
                "name": "Ingrid Scholten",
                "department": "Quality & Regulatory",
                "role": "QA/RA manager",
                "seniority": "senior",
                "direction": "sidewards",
                "is_sponsor": False,
                "email": "ingrid.scholten@lindeboom-medical.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2026-06-18",
                        "power": 7,
                        "interest": 6,
                        "attitude": "neutral",
                        "note": "Wants full ISO 10993 data before any commitment.",
                    }
                ],
            },
            {
                "side": "us",
                "name": "Daan Peters",
                "department": "Operations",
                "role": "Operations director",
                "seniority": "senior",
                "direction": "sidewards",
                "is_sponsor": False,
                "email": "daan.peters@lindeboom-medical.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2026-06-18",
                        "power": 6,
                        "interest": 5,
                        "attitude": "critic",
                        "note": "Worried about downtime when lines change over.",
                    },
                    {
                        "assessed_on": "2026-10-13",
                        "power": 6,
                        "interest": 6,
                        "attitude": "neutral",
                        "note": None,
                    },
                ],
            },
            {
                "side": "us",
                "name": "Lars Kok",
                "department": "R&D",
                "role": "Materials engineer",
                "seniority": "operational",
                "direction": "sidewards",
                "is_sponsor": False,
                "email": "lars.kok@lindeboom-medical.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2026-06-18",
                        "power": 3,
                        "interest": 8,
                        "attitude": "supporter",
                        "note": None,
                    }
                ],
            },
            {
                "side": "partner",
                "name": "Geert Vandaele",
                "department": "Executive board",
                "role": "CEO",
                "seniority": "executive",
                "direction": "outwards",
                "is_sponsor": True,
                "email": "geert.vandaele@vandaele-bio.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2026-06-18",
                        "power": 9,
                        "interest": 8,
                        "attitude": "champion",
                        "note": None,
                    }
                ],
            },
            {
                "side": "partner",
                "name": "Els Claes",
                "department": "Sales",
                "role": "Key account manager Benelux",
                "seniority": "middle",
                "direction": "outwards",
                "is_sponsor": False,
                "email": "els.claes@vandaele-bio.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2026-06-18",
                        "power": 4,
                        "interest": 9,
                        "attitude": "champion",
                        "note": None,
                    }
                ],
            },
            {
                "side": "partner",
                "name": "Pieter-Jan Maes",
                "department": "R&D",
                "role": "Extrusion development engineer",
                "seniority": "operational",
                "direction": "outwards",
                "is_sponsor": False,
                "email": "pieter-jan.maes@vandaele-bio.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2026-06-18",
                        "power": 3,
                        "interest": 7,
                        "attitude": "supporter",
                        "note": None,
                    }
                ],
            },
            {
                "side": "partner",
                "name": "An De Smet",
                "department": "Quality & Regulatory",
                "role": "Quality manager",
                "seniority": "middle",
                "direction": "outwards",
                "is_sponsor": False,
                "email": "an.desmet@vandaele-bio.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2026-09-03",
                        "power": 5,
                        "interest": 6,
                        "attitude": "neutral",
                        "note": "Goed voorbereid, maar voorzichtig met MDR-beloftes.",
                    }
                ],
            },
            {
                "side": "partner",
                "name": "Wim Peeters",
                "department": "Operations",
                "role": "Production manager",
                "seniority": "middle",
                "direction": "outwards",
                "is_sponsor": False,
                "email": "wim.peeters@vandaele-bio.example",
                "notes": None,
                "assessments": [
                    {
                        "assessed_on": "2026-09-03",
                        "power": 6,
                        "interest": 4,
                        "attitude": "neutral",
                        "note": "His line is 80% loaded.",
                    }
                ],
            },
        ],
        "counterparts": [
            {
                "ours": "Annelies Brouwer",
                "partner": "Geert Vandaele",
                "function": "Executive sponsors",
                "escalation_level": 3,
                "note": None,
            },
            {
                "ours": "Martijn de Graaf",
                "partner": "Els Claes",
                "function": "Commercial terms",
                "escalation_level": 2,
                "note": None,
            },
            {
                "ours": "Ingrid Scholten",
                "partner": "An De Smet",
                "function": "Quality and qualification",
                "escalation_level": 1,
                "note": None,
            },
            {
                "ours": "Lars Kok",
                "partner": "Pieter-Jan Maes",
                "function": "Material development",
                "escalation_level": 1,
                "note": None,
            },
        ],
        "evaluations": [
            {
                "evaluated_on": "2026-10-13",
                "respondent_side": "us",
                "respondent": "Martijn de Graaf",
                "remarks": "First check during selection, to set a baseline before a pilot.",
                "scores": {
                    "strategic_fit": (4, None),
                    "value_creation": (3, "Cost advantage not yet proven."),
                    "operational_effectiveness": (3, None),
                    "governance": (2, "No agreed decision process yet for the pilot."),
                    "relationship": (4, "Open and quick answers."),
                    "executive_support": (3, None),
                    "learning": (3, None),
                },
            },
            {
                "evaluated_on": "2026-10-13",
                "respondent_side": "partner",
                "respondent": "Els Claes",
                "remarks": None,
                "scores": {
                    "strategic_fit": (4, None),
                    "value_creation": (4, "We see a clear growth opportunity."),
                    "operational_effectiveness": (3, None),
                    "governance": (3, None),
                    "relationship": (4, None),
                    "executive_support": (
                        4,
                        (
                            "Our CEO visits every review; we would like to "
                            "see the same from Lindeboom."
                        ),
                    ),
                    "learning": (3, None),
                },
            },
        ],
        "pulses": [
            {
                "checked_on": "2026-07-14",
                "rag": "green",
                "note": "NDA and sampling agreement signed.",
            },
            {"checked_on": "2026-09-15", "rag": "green", "note": None},
            {
                "checked_on": "2026-11-10",
                "rag": "green",
                "note": "Second sample run delayed two weeks; no impact yet.",
            },
        ],
        "meetings": [
            {
                "held_on": "2026-06-18",
                "kind": "workshop",
                "title": "Kick-off and plant visit in Kortrijk",
                "notes": "Goede sfeer; Vandaele shared its capacity plan openly.",
            },
            {
                "held_on": "2026-09-03",
                "kind": "operational_review",
                "title": "Sample results review",
                "notes": "First samples within specification except wall thickness.",
            },
        ],
        "actions": [
            {
                "title": "Sign the mutual NDA and sampling agreement",
                "description": None,
                "owner": "Martijn de Graaf",
                "due_date": "2026-07-01",
                "status": "done",
                "completed_on": "2026-06-29",
                "source": ("meeting", "2026-06-18"),
            },
            {
                "title": "Send the ISO 10993 biocompatibility test plan",
                "description": None,
                "owner": "An De Smet",
                "due_date": "2026-07-31",
                "status": "done",
                "completed_on": "2026-07-24",
                "source": ("meeting", "2026-06-18"),
            },
            {
                "title": "Second sample run with adjusted wall thickness",
                "description": None,
                "owner": "Pieter-Jan Maes",
                "due_date": "2026-10-31",
                "status": "in_progress",
                "completed_on": None,
                "source": ("meeting", "2026-09-03"),
            },
            {
                "title": "Assess line changeover impact on Enschede assembly",
                "description": None,
                "owner": "Daan Peters",
                "due_date": "2026-11-30",
                "status": "open",
                "completed_on": None,
                "source": ("evaluation", "2026-10-13", "us"),
            },
            {
                "title": "Draft the pilot agreement, including the cost split for pilot lots",
                "description": None,
                "owner": "Martijn de Graaf",
                "due_date": "2026-12-01",
                "status": "open",
                "completed_on": None,
                "source": ("evaluation", "2026-10-13", "partner"),
            },
        ],
        "decisions": [
            {
                "title": "Select Vandaele as preferred candidate and fund the pilot (EUR 95k)",
                "description": None,
                "status": "pending",
                "asked_of": "Executive board",
                "recommendation": (
                    "Approve: Vandaele is the only candidate that passed screening "
                    "and can supply by 2027. Keep the German fallback candidate "
                    "informed."
                ),
                "deadline": "2026-12-10",
                "decided_on": None,
                "decided_by": None,
                "outcome": None,
                "source": ("meeting", "2026-09-03"),
            },
        ],
        "risks": [
            {
                "title": "Pilot lots fail biocompatibility tests",
                "description": None,
                "owner": "Ingrid Scholten",
                "likelihood": 2,
                "impact": 4,
                "mitigation": "Material screened early; fallback candidate kept warm.",
                "status": "open",
                "review_date": "2027-01-15",
            },
            {
                "title": "Vandaele's medical line lacks capacity for our volumes",
                "description": None,
                "owner": "Martijn de Graaf",
                "likelihood": 3,
                "impact": 3,
                "mitigation": "Ask for a capacity reservation in the pilot agreement.",
                "status": "open",
                "review_date": "2026-12-10",
            },
        ],
    },
]

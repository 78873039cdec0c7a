using System.Globalization;
using System.Text.Json.Nodes;

namespace Workflows.Programmes.Tests.ChangchunHappyCommunity;

/// <summary>Filled-in assessment sheets (the ten areas), as an assessor would submit them.</summary>
internal static class AssessmentSheets
{
    public static readonly string[] Areas =
    [
        "democraticAutonomy", "management", "governmentAssistance", "organisation", "services",
        "premises", "workforce", "environment", "culture", "mechanisms",
    ];

    private const string Template = """
        {
          "assessedOn": "2013-09-12",
          "assessor": {"name": "王立新", "organisation": "朝阳区民政局", "kind": "administrative"},
          "democraticAutonomy": {"lastElection": "2011-06-18", "congressMeetings": 4, "deliberatedMatters": 12, "openAffairs": true, "supervisionCommittee": true},
          "management": {"rulesAdopted": 18, "facilitiesMaintained": true, "sanitationOrderly": true, "propertyServicesOrderly": true, "requestsReceived": 236, "requestsResolved": 231},
          "governmentAssistance": {"proceduresPublished": true, "areasCovered": ["socialSecurity", "employment", "socialAssistance", "healthAndFamilyPlanning"]},
          "organisation": {"specialCommittees": 6, "gridUnits": 8, "buildingGroups": 42, "assistanceOffice": true, "associations": 9, "serviceOrganisations": 7, "volunteers": 380},
          "services": {"servicesAvailable": ["healthCare", "elderlyCare", "povertyRelief"], "municipalNetworks": ["water", "electricity", "gas", "heating"]},
          "premises": {"roomArea": 620, "residentActivityArea": 480, "spaces": ["committeeOffice", "deliberation", "massActivities", "cultureSports", "reading"], "informatisation": true, "floorPlan": "社区用房平面图.pdf"},
          "workforce": {"workers": 14, "collegeEducated": 11, "trainingHours": 48, "residentSatisfaction": 0.93, "zhuqingSpiritActivities": true},
          "environment": {"safeAndStable": true, "criminalCases": 1, "parkingOrderly": true, "passagesClearAndLit": true, "greeningDone": true, "publicSpacesClean": true},
          "culture": {"activities": [{"date": "2013-06-01", "kind": "sports", "title": "社区邻里运动会", "participants": 260}]},
          "mechanisms": {"educationMechanism": true, "mediationMechanism": true, "disputesReceived": 18, "disputesResolved": 17, "incentiveMechanism": true, "mutualAidGroups": 5},
          "evidence": ["考核评估记录.pdf"]
        }
        """;

    /// <summary>A sheet scoring every area <paramref name="each"/> (total = 10 × each) with the given rooms.</summary>
    public static JsonObject Sheet(double each, double roomArea = 620, double residentArea = 480)
    {
        var sheet = JsonNode.Parse(Template)!.AsObject();
        foreach (var area in Areas)
        {
            sheet[area]!["score"] = each;
        }

        sheet["premises"]!["roomArea"] = roomArea;
        sheet["premises"]!["residentActivityArea"] = residentArea;
        return sheet;
    }

    /// <summary>The input of recordAssessment: the sheet, the task it completes, the unit's state and the clock.</summary>
    public static JsonObject Input(JsonObject sheet, string template, int year, string unitState) => new()
    {
        ["form"] = sheet,
        ["task"] = new JsonObject { ["template"] = template, ["unit"] = "chaoyang-chongqinglu-dongchaoyang", ["round"] = 1 },
        ["unit"] = new JsonObject { ["id"] = "chaoyang-chongqinglu-dongchaoyang", ["type"] = "community", ["state"] = JsonNode.Parse(unitState) },
        ["now"] = year.ToString(CultureInfo.InvariantCulture) + "-10-20T10:00:00+08:00",
    };
}

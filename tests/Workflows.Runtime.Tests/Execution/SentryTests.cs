using System.Text.Json.Nodes;
using Workflows.Model.Reading;
using Workflows.Runtime.State;
using Workflows.Runtime.Tests.Fixtures;

namespace Workflows.Runtime.Tests.Execution;

public sealed class SentryTests
{
    private const string Programme = """
        {
          "language": "workflows/1", "id": "sentries", "version": "1", "title": {"zh": "哨兵"},
          "unitTypes": {
            "city": {"label": {"zh": "市"}, "parents": [], "roles": {"director": {"label": {"zh": "局长"}}}},
            "department": {"label": {"zh": "部门"}, "parents": ["city"], "roles": {"officer": {"label": {"zh": "科员"}}}},
            "district": {"label": {"zh": "区"}, "parents": ["city"], "roles": {"reviewer": {"label": {"zh": "审核"}}}},
            "street": {"label": {"zh": "街道"}, "parents": ["district"], "roles": {"reviewer": {"label": {"zh": "审核"}}}},
            "community": {"label": {"zh": "社区"}, "parents": ["street"], "roles": {"secretary": {"label": {"zh": "书记"}}, "director": {"label": {"zh": "主任"}}}},
            "grid": {"label": {"zh": "网格"}, "parents": ["community"], "roles": {"gridWorker": {"label": {"zh": "网格员"}}}}
          },
          "rules": {"allReported": {"scope": "instance", "expression": "state.reported >= 3"}},
          "state": {"instance": {"reported": {"type": "integer", "default": 0, "label": {"zh": "已报"}}}},
          "phases": {
            "collect": {"title": {"zh": "收集"}, "exit": [{"tasksCompleted": true}]},
            "review": {"title": {"zh": "评议"}, "entry": [{"after": "collect"}], "exit": [{"rule": "allReported"}]}
          },
          "tasks": {
            "report": {"title": {"zh": "上报"}, "phase": "collect", "assignee": {"unitType": "community", "role": "secretary"}},
            "confirm": {"title": {"zh": "确认"}, "phase": "review", "assignee": {"unitType": "community", "role": "director"},
                        "onComplete": [{"runRule": "count"}]}
          }
        }
        """;

    [Fact]
    public void TasksCompletedAndRuleCriteria_AllTasksDoneAndStateReached_MovePhasesAndCompleteTheInstance()
    {
        var document = JsonNode.Parse(Programme)!.AsObject();
        document["rules"]!["count"] = new JsonObject { ["scope"] = "instance", ["expression"] = "({ state: { reported: state.reported + 1 } })" };
        var read = new ProgrammeReader().Read(document);
        Assert.True(read.Programme is not null, string.Join("\n", read.Diagnostics));
        var h = new RuntimeHarness(read.Programme!, TestFiles.GovernanceOrg(), "2024-01-01", "city");
        h.Start();
        Assert.Equal(PhaseStatus.Active, h.PhaseStatus("collect"));

        foreach (var task in h.Tasks("report"))
        {
            Assert.Equal(PhaseStatus.Active, h.PhaseStatus("collect"));
            Assert.True(h.Run(new Commands.SubmitTask(task.Id, null) { IdempotencyKey = h.NextKey(), Actor = task.Assignees[0] }).Accepted);
        }

        Assert.Equal(PhaseStatus.Exited, h.PhaseStatus("collect"));
        Assert.Equal(PhaseStatus.Active, h.PhaseStatus("review"));
        foreach (var task in h.Tasks("confirm"))
        {
            h.Run(new Commands.SubmitTask(task.Id, null) { IdempotencyKey = h.NextKey(), Actor = task.Assignees[0] });
        }

        Assert.Equal("3", h.Instance.State["reported"]!.ToJsonString());
        Assert.Equal(PhaseStatus.Exited, h.PhaseStatus("review"));
        Assert.Equal(InstanceStatus.Completed, h.Instance.Status);
    }
}

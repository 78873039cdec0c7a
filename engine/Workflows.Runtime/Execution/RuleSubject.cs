using System.Text.Json.Nodes;
using Workflows.Runtime.Organisation;
using Workflows.Runtime.State;

namespace Workflows.Runtime.Execution;

/// <summary>What a rule runs for: a unit, a task with its form data, a review level.</summary>
internal readonly record struct RuleSubject(OrgUnit? Unit = null, TaskRecord? Task = null, JsonObject? Form = null, JsonObject? Review = null);

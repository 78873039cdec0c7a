using Workflows.Runtime.Organisation;
using Workflows.Runtime.Stores;

namespace Workflows.Runtime.Execution;

/// <summary>The shared, immutable collaborators every command context reads from.</summary>
internal sealed record RuntimeServices(IRuntimeStore Store, OrganisationDirectory Org, RuleRunner Rules, FormChecker Forms);

using Workflows.Runtime.Stores;

namespace Workflows.Runtime.Tests.Stores;

public sealed class InMemoryRuntimeStoreTests : RuntimeStoreContractTests
{
    protected override IRuntimeStore CreateStore() => new InMemoryRuntimeStore();
}

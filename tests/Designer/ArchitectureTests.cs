using LaiChau.Testing;

namespace LaiChau.Designer.Tests;

public sealed class ArchitectureTests
{
    [Fact]
    public void Designer_IsFrontEndAssetsOnly_WithNoEngineOrHostCode() =>
        AssemblyReferences.AssertNoneStartWith("LaiChau.Designer", "LaiChau.");
}

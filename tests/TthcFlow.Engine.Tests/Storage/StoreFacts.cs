using Xunit.Abstractions;
using Xunit.Sdk;

namespace TthcFlow.Engine.Tests.Storage;

/// <summary>
/// Marks a test class whose tests run on PostgreSQL: its <see cref="StoreFactAttribute"/> and
/// <see cref="StoreTheoryAttribute"/> tests skip when no test server is configured (see
/// <see cref="PostgreSqlServer"/>), and fail instead when TTHCFLOW_REQUIRE_ALL=1.
/// </summary>
public interface IOnPostgreSql;

/// <summary>A fact that runs on the store of its test class (inherited by one class per store), skipped where that store is absent.</summary>
[XunitTestCaseDiscoverer("TthcFlow.Engine.Tests.Storage.StoreFactDiscoverer", "TthcFlow.Engine.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute;

/// <summary>A theory that runs on the store of its test class, skipped where that store is absent.</summary>
[XunitTestCaseDiscoverer("TthcFlow.Engine.Tests.Storage.StoreTheoryDiscoverer", "TthcFlow.Engine.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreTheoryAttribute : TheoryAttribute;

/// <summary>Whether the store a test class runs on is there.</summary>
public static class StoreAvailability
{
    public static string? SkipReason(Type testClass) =>
        typeof(IOnPostgreSql).IsAssignableFrom(testClass) && PostgreSqlServer.ConnectionString is null && !PostgreSqlServer.Required
            ? PostgreSqlServer.SkipReason
            : null;
}

public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        [new StoreTestCase(diagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod)];
}

public sealed class StoreTheoryDiscoverer(IMessageSink diagnosticMessageSink) : TheoryDiscoverer(diagnosticMessageSink)
{
    protected override IEnumerable<IXunitTestCase> CreateTestCasesForDataRow(
        ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute, object[] dataRow) =>
        [new StoreTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, dataRow)];
}

/// <summary>A test case skipped, with the reason, when its class's store is absent.</summary>
public sealed class StoreTestCase : XunitTestCase
{
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public StoreTestCase()
    {
    }

    public StoreTestCase(IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod method, object[]? arguments = null)
        : base(sink, display, options, method, arguments)
    {
    }

    protected override string GetSkipReason(IAttributeInfo factAttribute) =>
        StoreAvailability.SkipReason(TestMethod.TestClass.Class.ToRuntimeType()) ?? base.GetSkipReason(factAttribute);
}

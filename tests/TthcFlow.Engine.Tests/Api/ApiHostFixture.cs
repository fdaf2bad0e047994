using Microsoft.AspNetCore.Mvc.Testing;

namespace TthcFlow.Engine.Tests.Api;

/// <summary>One server for a test class whose tests each file dossiers of their own.</summary>
public sealed class ApiHostFixture : IDisposable
{
    public ApiHostFixture() => Host = World.Start();

    public ApiWorld World { get; } = new();

    public WebApplicationFactory<Program> Host { get; }

    public void Dispose()
    {
        Host.Dispose();
        World.Dispose();
    }
}

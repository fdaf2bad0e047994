using TthcFlow.Engine.Hosting;

return await EngineCommandLine.RunAsync(args);

/// <summary>The engine's entry point; public so integration tests can host it.</summary>
public partial class Program;

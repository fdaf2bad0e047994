using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TthcFlow.Engine.Storage;

/// <summary>
/// The migrations of the store in use, out of the two sets this assembly carries: one context and
/// one model, but each database engine has its own migration history, because the SQL (column types,
/// upserts, indexes) differs. SQLite's migrations live in <c>Storage/Migrations</c>, PostgreSQL's in
/// <c>Storage/PostgreSqlMigrations</c>; a migration or snapshot belongs to a set by its namespace.
/// <c>dotnet ef</c> and <c>Database.Migrate()</c> both see only the configured provider's set.
/// </summary>
internal sealed class ProviderMigrations : IMigrationsAssembly
{
    /// <summary>The namespace of SQLite's migrations.</summary>
    public const string SqliteNamespace = "TthcFlow.Engine.Storage.Migrations";

    /// <summary>The namespace of PostgreSQL's migrations.</summary>
    public const string PostgreSqlNamespace = "TthcFlow.Engine.Storage.PostgreSqlMigrations";

    private readonly Type _contextType;
    private readonly Lazy<IReadOnlyDictionary<string, TypeInfo>> _migrations;
    private readonly Lazy<ModelSnapshot?> _snapshot;

    public ProviderMigrations(ICurrentDbContext current)
    {
        _contextType = current.Context.GetType();
        string ns = current.Context.Database.IsNpgsql() ? PostgreSqlNamespace : SqliteNamespace;
        var types = Assembly.GetTypes().Where(t => t.Namespace == ns && OfContext(t)).Select(t => t.GetTypeInfo()).ToList();
        _migrations = new(() => new SortedDictionary<string, TypeInfo>(
            types.Where(t => t.IsSubclassOf(typeof(Migration)) && t.GetCustomAttribute<MigrationAttribute>() is not null)
                .ToDictionary(t => t.GetCustomAttribute<MigrationAttribute>()!.Id, t => t),
            StringComparer.Ordinal));
        _snapshot = new(() => types.Where(t => t.IsSubclassOf(typeof(ModelSnapshot)))
            .Select(t => (ModelSnapshot)Activator.CreateInstance(t.AsType())!).SingleOrDefault());
    }

    public IReadOnlyDictionary<string, TypeInfo> Migrations => _migrations.Value;

    public ModelSnapshot? ModelSnapshot => _snapshot.Value;

    public Assembly Assembly => typeof(EngineDbContext).Assembly;

    /// <summary>The id of a migration given its id or its name (the part after <c>yyyyMMddHHmmss_</c>), ignoring case.</summary>
    public string? FindMigrationId(string nameOrId) => Migrations.Keys.FirstOrDefault(id =>
        string.Equals(id, nameOrId, StringComparison.OrdinalIgnoreCase)
        || (id.Length > 15 && string.Equals(id[15..], nameOrId, StringComparison.OrdinalIgnoreCase)));

    public Migration CreateMigration(TypeInfo migrationClass, string activeProvider)
    {
        var migration = (Migration)Activator.CreateInstance(migrationClass.AsType())!;
        migration.ActiveProvider = activeProvider;
        return migration;
    }

    private bool OfContext(Type type) => type.GetCustomAttribute<DbContextAttribute>()?.ContextType == _contextType;
}

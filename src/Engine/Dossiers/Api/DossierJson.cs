using System.Text.Json.Serialization.Metadata;
using TthcFlow.Engine.Dossiers.Model;

namespace TthcFlow.Engine.Dossiers.Api;

/// <summary>
/// Keeps the engine's internals out of dossier JSON: the procedure instance's serialised state and
/// the audit-chain head are stored on the dossier row but are not part of what officers read.
/// </summary>
public static class DossierJson
{
    private static readonly string[] Internal = [nameof(Dossier.Instance), nameof(Dossier.AuditHash)];

    public static void HideInternals(JsonTypeInfo type)
    {
        if (type.Type != typeof(Dossier))
            return;
        for (int i = type.Properties.Count - 1; i >= 0; i--)
        {
            var property = type.Properties[i];
            if (property.AttributeProvider is System.Reflection.MemberInfo member && Internal.Contains(member.Name))
                type.Properties.RemoveAt(i);
        }
    }
}

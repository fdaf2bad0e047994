using System.Text.RegularExpressions;

namespace TthcFlow.Definitions.Organisation;

/// <summary>
/// Mã định danh điện tử của cơ quan, tổ chức (Decision 20/2020/QĐ-TTg): four dot-separated groups
/// written lowest level first, <c>L4L4L4.L3L3.L2L2.L1L1L1</c>, e.g. <c>000.00.00.H15</c> for a
/// province's People's Committee, <c>000.00.12.H15</c> for one of its departments. Groups a unit
/// does not use are zeros. The short form, used as the prefix of dossier codes, lists the groups
/// highest level first and drops the unused lower ones: <c>000.00.12.H15</c> → <c>H15.12</c>.
/// </summary>
public static partial class ElectronicId
{
    [GeneratedRegex(@"^[0-9A-Z]{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[A-Z][0-9A-Z]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();

    /// <summary>Whether <paramref name="value"/> has the four-group shape of an agency e-ID.</summary>
    public static bool IsValid(string? value) => value is not null && Shape().IsMatch(value);

    /// <summary>
    /// The tier of the code tree the e-ID sits at: 1 for <c>000.00.00.H15</c>, 2 for
    /// <c>000.00.12.H15</c>, 3 for <c>000.01.12.H15</c>, 4 for <c>001.01.12.H15</c>.
    /// </summary>
    public static int Depth(string eId)
    {
        string[] groups = Split(eId);
        int depth = 1;
        for (int i = 2; i >= 0; i--)
        {
            if (!IsZeros(groups[i]))
                depth = 4 - i;
        }
        return depth;
    }

    /// <summary>The short form: <c>000.01.70.H15</c> → <c>H15.70.01</c>; <c>000.00.12.H15</c> → <c>H15.12</c>.</summary>
    public static string ToShortForm(string eId)
    {
        string[] groups = Split(eId);
        int depth = Depth(eId);
        var parts = new string[depth];
        for (int i = 0; i < depth; i++)
            parts[i] = groups[3 - i];
        return string.Join('.', parts);
    }

    private static string[] Split(string eId)
    {
        if (!IsValid(eId))
            throw new FormatException($"'{eId}' is not an agency electronic ID of the form 000.00.00.H15.");
        return eId.Split('.');
    }

    private static bool IsZeros(string group) => group.All(c => c == '0');
}

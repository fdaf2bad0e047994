using System.Globalization;
using System.Text;
using ClosedXML.Excel;

namespace TthcFlow.Engine.Reports;

/// <summary>
/// A report as a sheet: a title, Vietnamese column headers and rows of cells (text, whole numbers,
/// rates, instants). Every report exports through it to CSV and Excel.
/// </summary>
public sealed record ReportTable(string Title, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    /// <summary>Instants are shown in Vietnam's time (UTC+7), as the paper forms are.</summary>
    public static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    /// <summary>RFC 4180 CSV in UTF-8 with a byte-order mark (so spreadsheet programs read the Vietnamese), header line first.</summary>
    public byte[] ToCsv()
    {
        var text = new StringBuilder();
        text.AppendJoin(',', Headers.Select(Quote)).Append("\r\n");
        foreach (var row in Rows)
            text.AppendJoin(',', row.Select(c => Quote(Text(c)))).Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>An .xlsx workbook with one sheet: the title, the header row, the rows (numbers as numbers, instants as dates).</summary>
    public byte[] ToExcel()
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("Báo cáo");
        sheet.Cell(1, 1).Value = Title;
        sheet.Cell(1, 1).Style.Font.Bold = true;
        for (int c = 0; c < Headers.Count; c++)
        {
            sheet.Cell(3, c + 1).Value = Headers[c];
            sheet.Cell(3, c + 1).Style.Font.Bold = true;
        }
        for (int r = 0; r < Rows.Count; r++)
        {
            for (int c = 0; c < Rows[r].Count; c++)
            {
                var cell = sheet.Cell(r + 4, c + 1);
                switch (Rows[r][c])
                {
                    case null:
                        break;
                    case int n:
                        cell.Value = n;
                        break;
                    case double d:
                        cell.Value = d;
                        break;
                    case DateTimeOffset instant:
                        cell.Value = instant.ToOffset(VietnamOffset).DateTime;
                        cell.Style.DateFormat.Format = "dd/MM/yyyy HH:mm";
                        break;
                    case var other:
                        cell.SetValue(Text(other));
                        break;
                }
            }
        }
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>A cell as text: instants as <c>dd/MM/yyyy HH:mm</c> in Vietnam, numbers invariant.</summary>
    public static string Text(object? cell) => cell switch
    {
        null => "",
        DateTimeOffset instant => instant.ToOffset(VietnamOffset).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture),
        double d => d.ToString("0.####", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        var other => other.ToString() ?? "",
    };

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}

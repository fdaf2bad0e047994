using TthcFlow.Definitions.Calendar;

namespace TthcFlow.Definitions.Tests.Calendar;

public sealed class CalendarScheduleTests
{
    private const string Valid = """
        {
          "year": 2026,
          "source": "test",
          // comments are allowed
          "daysOff": [
            { "date": "2026-01-01", "nameVi": "Tết Dương lịch", "nameEn": "New Year's Day" },
            { "from": "2026-02-16", "to": "2026-02-20", "kind": "holiday", "nameVi": "Tết", "nameEn": "Tet" },
            { "date": "2026-08-31", "kind": "swapped", "nameVi": "Nghỉ hoán đổi", "nameEn": "Swapped" },
            { "date": "2026-03-10", "kind": "holiday", "nameVi": "Lễ địa phương", "nameEn": "Local day", "province": "66" },
          ],
          "workingDays": [
            { "date": "2026-08-22", "nameVi": "Làm bù", "nameEn": "Make-up day" }
          ]
        }
        """;

    [Fact]
    public void Parses_days_off_runs_kinds_provinces_and_working_days()
    {
        CalendarSchedule schedule = CalendarSchedule.Parse(Valid);
        Assert.Equal(2026, schedule.Year);
        Assert.Equal("test", schedule.Source);
        Assert.Equal(4, schedule.DaysOff.Count);
        Assert.Equal(new DayOff(new DateOnly(2026, 2, 16), new DateOnly(2026, 2, 20), DayOffKind.Holiday, "Tết", "Tet"), schedule.DaysOff[1]);
        Assert.Equal(DayOffKind.Swapped, schedule.DaysOff[2].Kind);
        Assert.Equal("66", schedule.DaysOff[3].Province);
        Assert.Equal(new ExtraWorkingDay(new DateOnly(2026, 8, 22), "Làm bù", "Make-up day"), Assert.Single(schedule.ExtraWorkingDays));
    }

    [Fact]
    public void Writes_what_it_reads()
    {
        CalendarSchedule schedule = CalendarSchedule.Parse(Valid);
        CalendarSchedule again = CalendarSchedule.Parse(schedule.ToJson());
        Assert.Equal(schedule.DaysOff, again.DaysOff);
        Assert.Equal(schedule.ExtraWorkingDays, again.ExtraWorkingDays);
        Assert.Equal(schedule.Source, again.Source);
        Assert.Contains("\"nameVi\": \"Tết Dương lịch\"", schedule.ToJson()); // Vietnamese stays readable
    }

    [Fact]
    public void Reads_a_stream()
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Valid));
        Assert.Equal(2026, CalendarSchedule.Parse(stream).Year);
    }

    [Theory]
    [InlineData("""{ "daysOff": [] }""", "$.year", "Required")]
    [InlineData("""{ "year": "2026", "daysOff": [] }""", "$.year", "whole number")]
    [InlineData("""{ "year": 2026, "dayOff": [] }""", "$.dayOff", "Unknown property")]
    [InlineData("""{ "year": 2026, "daysOff": [ { "date": "2026-02-30", "nameVi": "a", "nameEn": "b" } ] }""", "$.daysOff[0].date", "yyyy-MM-dd")]
    [InlineData("""{ "year": 2026, "daysOff": [ { "date": "30/04/2026", "nameVi": "a", "nameEn": "b" } ] }""", "$.daysOff[0].date", "yyyy-MM-dd")]
    [InlineData("""{ "year": 2026, "daysOff": [ { "date": "2027-01-01", "nameVi": "a", "nameEn": "b" } ] }""", "$.daysOff[0]", "not inside 2026")]
    [InlineData("""{ "year": 2026, "daysOff": [ { "date": "2026-01-01", "nameEn": "b" } ] }""", "$.daysOff[0].nameVi", "Required")]
    [InlineData("""{ "year": 2026, "daysOff": [ { "date": "2026-01-01", "nameVi": " ", "nameEn": "b" } ] }""", "$.daysOff[0]", "nameVi is empty")]
    [InlineData("""{ "year": 2026, "daysOff": [ { "from": "2026-01-01", "nameVi": "a", "nameEn": "b" } ] }""", "$.daysOff[0]", "both \"from\" and \"to\"")]
    [InlineData("""{ "year": 2026, "daysOff": [ { "date": "2026-01-01", "to": "2026-01-02", "nameVi": "a", "nameEn": "b" } ] }""", "$.daysOff[0]", "not both")]
    [InlineData("""{ "year": 2026, "daysOff": [ { "from": "2026-01-05", "to": "2026-01-02", "nameVi": "a", "nameEn": "b" } ] }""", "$.daysOff[0]", "before it starts")]
    [InlineData("""{ "year": 2026, "daysOff": [ { "date": "2026-01-01", "kind": "bridge", "nameVi": "a", "nameEn": "b" } ] }""", "$.daysOff[0].kind", "Unknown kind")]
    [InlineData("""{ "year": 2026, "daysOff": [ { "date": "2026-01-01", "nameVi": "a", "nameEn": "b", "colour": "red" } ] }""", "$.daysOff[0].colour", "Unknown property")]
    [InlineData("""{ "year": 2026, "daysOff": [ { "from": "2026-02-16", "to": "2026-02-20", "nameVi": "a", "nameEn": "b" }, { "date": "2026-02-18", "nameVi": "c", "nameEn": "d" } ] }""", "$.daysOff[1]", "already off in daysOff[0]")]
    [InlineData("""{ "year": 2026, "daysOff": [ { "date": "2026-08-22", "nameVi": "a", "nameEn": "b" } ], "workingDays": [ { "date": "2026-08-22", "nameVi": "c", "nameEn": "d", "province": "66" } ] }""", "$.workingDays[0]", "also a day off")]
    [InlineData("""{ "year": 2026, "workingDays": [ { "date": "2026-08-22", "nameVi": "c", "nameEn": "d" }, { "date": "2026-08-22", "nameVi": "e", "nameEn": "f" } ] }""", "$.workingDays[1]", "listed twice")]
    [InlineData("""{ "year": 2026, "workingDays": [ { "nameVi": "c", "nameEn": "d" } ] }""", "$.workingDays[0].date", "Required")]
    [InlineData("""{ "year": 2026, "year": 2027 }""", "$", "Not valid JSON")]
    [InlineData("""{ "year": 2026, "daysOff": [ """, "$", "Not valid JSON")]
    [InlineData("""[ 2026 ]""", "$", "Expected Object")]
    public void Rejects_bad_input_at_its_path(string json, string path, string reason)
    {
        var error = Assert.Throws<CalendarScheduleFormatException>(() => CalendarSchedule.Parse(json));
        Assert.StartsWith(path, error.Path);
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void A_province_day_off_may_share_a_date_with_another_province()
    {
        var schedule = new CalendarSchedule(2026,
            [new DayOff(new DateOnly(2026, 3, 10), DayOffKind.Holiday, "a", "a", "66"), new DayOff(new DateOnly(2026, 3, 10), DayOffKind.Holiday, "b", "b", "54")],
            [new ExtraWorkingDay(new DateOnly(2026, 3, 14), "c", "c", "54")]);
        Assert.Equal(2, schedule.DaysOff.Count);
    }

    [Fact]
    public void Building_in_code_checks_the_same_rules()
    {
        Assert.Throws<ArgumentException>(() => new CalendarSchedule(2026, [new DayOff(new DateOnly(2025, 12, 31), DayOffKind.Holiday, "a", "b")], []));
        Assert.Throws<ArgumentException>(() => new CalendarSchedule(2026, [new DayOff(new DateOnly(2026, 1, 1), DayOffKind.Holiday, "a", "")], []));
        var schedule = new CalendarSchedule(2026, [], []);
        Assert.Throws<ArgumentException>(() => schedule.With(extraWorkingDays: [new ExtraWorkingDay(new DateOnly(2027, 1, 2), "a", "b")]));
    }

    [Fact]
    public void The_shipped_2025_schedule_is_the_announced_one()
    {
        CalendarSchedule schedule = CalendarTestData.Load(2025);
        DateOnly[] off = [.. schedule.DaysOff.SelectMany(d => d.Days())];
        DateOnly[] expected = [.. new[] { (1, 1), (1, 27), (1, 28), (1, 29), (1, 30), (1, 31), (4, 7), (4, 30), (5, 1), (5, 2), (9, 1), (9, 2) }
            .Select(md => new DateOnly(2025, md.Item1, md.Item2))];
        Assert.Equal(expected, off);
        Assert.Equal([new DateOnly(2025, 4, 26)], schedule.ExtraWorkingDays.Select(w => w.Date));
        Assert.Equal(DayOffKind.Swapped, schedule.DaysOff.Single(d => d.Contains(new DateOnly(2025, 5, 2))).Kind);
    }

    [Fact]
    public void The_shipped_2026_schedule_is_the_announced_one()
    {
        CalendarSchedule schedule = CalendarTestData.Load(2026);
        DateOnly[] off = [.. schedule.DaysOff.SelectMany(d => d.Days())];
        DateOnly[] expected = [.. new[] { (1, 1), (2, 16), (2, 17), (2, 18), (2, 19), (2, 20), (4, 26), (4, 27), (4, 30), (5, 1), (8, 31), (9, 1), (9, 2) }
            .Select(md => new DateOnly(2026, md.Item1, md.Item2))];
        Assert.Equal(expected, off);
        Assert.Equal([new DateOnly(2026, 8, 22)], schedule.ExtraWorkingDays.Select(w => w.Date));
        Assert.Equal(DayOffKind.Compensatory, schedule.DaysOff.Single(d => d.Contains(new DateOnly(2026, 4, 27))).Kind);
    }

    [Fact]
    public void A_shipped_file_marked_as_computed_matches_the_computation()
    {
        Assert.Equal(StatutoryHolidays.ComputedSource, CalendarTestData.Load(2027).Source); // until 2027 is announced
        foreach (CalendarSchedule shipped in CalendarTestData.ShippedSchedules.Where(s => s.Source == StatutoryHolidays.ComputedSource))
        {
            Assert.Equal(StatutoryHolidays.DefaultSchedule(shipped.Year).DaysOff, shipped.DaysOff);
            Assert.Empty(shipped.ExtraWorkingDays);
        }
    }

    [Fact]
    public void Every_shipped_file_is_named_after_its_year()
    {
        foreach (string path in Directory.GetFiles(CalendarTestData.CalendarsFolder, "*.json"))
            Assert.Equal(Path.GetFileNameWithoutExtension(path), CalendarSchedule.Parse(File.ReadAllText(path)).Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

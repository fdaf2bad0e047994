using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TthcFlow.Engine.Tests.Hosting;

namespace TthcFlow.Engine.Tests.Calendar;

public sealed class CalendarApiTests(EngineFactory factory) : IClassFixture<EngineFactory>
{
    private readonly HttpClient _http = factory.CreateClient();

    [Fact]
    public async Task Working_time_across_Tet_2026_counts_only_office_hours_of_working_days()
    {
        // Fri 13/2/2026 16:00 → Mon 23/2/2026 08:00: 1 h on Friday, Tết week off, 1 h on Monday.
        var body = await _http.GetFromJsonAsync<JsonElement>("/api/calendar/working-time?from=2026-02-13T16:00&to=2026-02-23T08:00");
        Assert.Equal(2m, body.GetProperty("workingHours").GetDecimal());
    }

    [Fact]
    public async Task Adding_working_hours_skips_the_swapped_Monday_and_counts_Saturday_22_August_2026()
    {
        // Fri 21/8 16:00 + 2 h: 1 h Friday, Saturday 22/8 is worked back (làm bù) → Sat 08:00.
        var body = await _http.GetFromJsonAsync<JsonElement>("/api/calendar/add?start=2026-08-21T16:00:00%2B07:00&hours=2");
        Assert.Equal(new DateTimeOffset(2026, 8, 22, 8, 0, 0, TimeSpan.FromHours(7)), body.GetProperty("result").GetDateTimeOffset());
    }

    [Fact]
    public async Task Due_of_a_same_day_procedure_received_after_the_cut_off_is_the_next_working_day()
    {
        var body = await _http.GetFromJsonAsync<JsonElement>("/api/calendar/due?received=2026-04-29T15:30&unit=SameDay");
        // 30/4 and 1/5 are holidays, 2–3/5 the weekend: next working day is Mon 4/5, end of office hours.
        Assert.Equal(new DateTimeOffset(2026, 5, 4, 17, 0, 0, TimeSpan.FromHours(7)), body.GetProperty("due").GetDateTimeOffset());
    }

    [Theory]
    [InlineData("/api/calendar/working-time?from=yesterday&to=2026-01-01", "from")]
    [InlineData("/api/calendar/add?start=2026-01-05T08:00&hours=-3", "hours")]
    [InlineData("/api/calendar/add?start=1800-01-05T08:00&hours=3", "instant")]
    [InlineData("/api/calendar/due?received=2026-01-05T08:00", "unit")]
    public async Task Bad_queries_get_a_located_problem_not_a_500(string url, string field)
    {
        var response = await _http.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(field, problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_year_lists_its_days_off_and_make_up_working_days()
    {
        var body = await _http.GetFromJsonAsync<JsonElement>("/api/calendar/years/2026");
        Assert.Contains(body.GetProperty("workingDays").EnumerateArray(), d => d.GetProperty("date").GetString() == "2026-08-22");
        Assert.Contains(body.GetProperty("daysOff").EnumerateArray(), d => d.GetProperty("from").GetString() == "2026-02-16");
    }
}

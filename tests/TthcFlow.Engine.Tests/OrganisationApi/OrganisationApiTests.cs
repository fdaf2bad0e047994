using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TthcFlow.Engine.Tests.Hosting;

namespace TthcFlow.Engine.Tests.OrganisationApi;

public sealed class OrganisationApiTests(EngineFactory factory) : IClassFixture<EngineFactory>
{
    private readonly HttpClient _http = factory.CreateClient();

    [Fact]
    public async Task The_demo_province_is_Dak_Lak_with_its_102_communes_and_wards()
    {
        var body = await _http.GetFromJsonAsync<JsonElement>("/api/organisation");
        Assert.Equal("Đắk Lắk", body.GetProperty("province").GetProperty("name").GetString());
        Assert.Equal(102, body.GetProperty("communes").GetInt32());

        var communes = await _http.GetFromJsonAsync<JsonElement[]>("/api/organisation/communes");
        Assert.Equal(102, communes!.Length);
        Assert.Contains(communes, c => c.GetProperty("code").GetString() == "24133" && c.GetProperty("name").GetString() == "Buôn Ma Thuột");
    }

    [Fact]
    public async Task Roles_are_the_six_of_the_one_stop_chain_and_the_two_that_run_the_system()
    {
        var roles = await _http.GetFromJsonAsync<JsonElement[]>("/api/organisation/roles");
        string[] Codes(bool handlesDossiers) => roles!.Where(r => r.GetProperty("handlesDossiers").GetBoolean() == handlesDossiers)
            .Select(r => r.GetProperty("code").GetString()!).ToArray();
        Assert.Equal(["OneStopOfficer", "DeskHead", "Specialist", "DivisionHead", "Leader", "Clerk"], Codes(true));
        Assert.Equal(["ProcessDesigner", "Administrator"], Codes(false));
    }

    [Fact]
    public async Task An_agency_is_found_by_its_e_ID_and_an_unknown_one_is_a_404_problem()
    {
        var agencies = await _http.GetFromJsonAsync<JsonElement[]>("/api/organisation/agencies?area=24133");
        Assert.NotEmpty(agencies!);
        var eId = agencies![0].GetProperty("eId").GetString()!;
        var one = await _http.GetFromJsonAsync<JsonElement>($"/api/organisation/agencies/{eId}");
        Assert.Equal(eId, one.GetProperty("agency").GetProperty("eId").GetString());

        var missing = await _http.GetAsync("/api/organisation/agencies/000.00.00.X99");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }
}

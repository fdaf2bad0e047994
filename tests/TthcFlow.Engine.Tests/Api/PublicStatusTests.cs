using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace TthcFlow.Engine.Tests.Api;

/// <summary>Tra cứu hồ sơ: the code plus the applicant's ID number give status and dates, nothing personal; anything else is one 404.</summary>
public sealed class PublicStatusTests(ApiHostFixture fixture) : IClassFixture<ApiHostFixture>
{
    private WebApplicationFactory<Program> Host => fixture.Host;

    [Fact]
    public async Task The_right_code_and_id_number_give_status_and_dates_without_personal_data()
    {
        var desk = await ApiWorld.SignInAsync(Host, "motcua.hoaphu");
        var dossier = await ApiWorld.JsonAsync(await ApiWorld.PostAsync(desk, "/api/dossiers", ApiWorld.BirthRegistration("066090005555")), HttpStatusCode.Created);
        var citizen = ApiWorld.Anonymous(Host);
        string code = (string)dossier["code"]!;

        var response = await citizen.GetAsync($"/api/public/status?code={code}&idNumber=066090005555");
        var text = await response.Content.ReadAsStringAsync();
        var status = await ApiWorld.JsonAsync(response, HttpStatusCode.OK);

        Assert.Equal((code, "Received"), ((string)status["code"]!, (string)status["status"]!));
        Assert.NotNull(status["receivedAt"]);
        Assert.NotNull(status["appointmentAt"]);
        foreach (var personal in new[] { "Nguyễn Văn An", "0905123456", "an@example.vn", "Thôn 1", "066090005555", "motcua" })
            Assert.DoesNotContain(personal, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_id_number_and_an_unknown_code_get_the_same_404()
    {
        var desk = await ApiWorld.SignInAsync(Host, "motcua.hoaphu");
        var dossier = await ApiWorld.JsonAsync(await ApiWorld.PostAsync(desk, "/api/dossiers", ApiWorld.BirthRegistration("066090006666")), HttpStatusCode.Created);
        var citizen = ApiWorld.Anonymous(Host);

        var wrongId = await ApiWorld.JsonAsync(await citizen.GetAsync($"/api/public/status?code={(string)dossier["code"]!}&idNumber=066090000000"), HttpStatusCode.NotFound);
        var unknownCode = await ApiWorld.JsonAsync(await citizen.GetAsync("/api/public/status?code=H15.99-260302-9999&idNumber=066090006666"), HttpStatusCode.NotFound);

        Assert.Equal((string)wrongId["detail"]!, (string)unknownCode["detail"]!);
    }

    [Fact]
    public async Task An_online_filing_answers_only_its_code_and_status_and_waits_for_the_desk()
    {
        var citizen = ApiWorld.Anonymous(Host);

        var filed = await ApiWorld.JsonAsync(await ApiWorld.PostAsync(citizen, "/api/public/dossiers", new
        {
            definitionId = "birth-registration",
            receivingAgencyEId = ApiWorld.Centre,
            applicant = new { name = "Lê Văn Cường", idNumber = "066090007777", phone = "0912345678" },
            documents = new[] { new { name = "Tờ khai", digitised = true } },
        }), HttpStatusCode.Created);
        var desk = await ApiWorld.SignInAsync(Host, "motcua.hoaphu");
        var inbox = await ApiWorld.JsonAsync(await desk.GetAsync("/api/inbox?list=AwaitingOnlineReceipt"), HttpStatusCode.OK);

        Assert.Equal(["code", "status"], filed.AsObject().Select(p => p.Key).Order());
        Assert.Equal("Registered", (string)filed["status"]!);
        Assert.Contains(inbox["items"]!.AsArray(), i => (string)i!["code"]! == (string)filed["code"]!);
    }
}

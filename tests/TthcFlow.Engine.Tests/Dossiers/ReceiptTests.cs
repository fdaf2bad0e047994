using TthcFlow.Definitions.Organisation;
using TthcFlow.Definitions.Procedures;
using TthcFlow.Engine.Dossiers.Commands;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Dossiers.Queries;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Storage;
using TthcFlow.Engine.Tests.Persistence;
using TthcFlow.Engine.Tests.Storage;

namespace TthcFlow.Engine.Tests.Dossiers;

/// <summary>Filing and receipt at the one-stop desk (DOMAIN.md §1): in person, online, refusal, supplement at receipt.</summary>
public abstract class ReceiptTests(StoreProvider store) : IAsyncLifetime
{
    private readonly DossierWorld _world = new(store);
    private CommitPipeline _pipeline = null!;

    public Task InitializeAsync()
    {
        _pipeline = _world.Started();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [StoreFact]
    public async Task A_dossier_filed_at_the_desk_is_received_on_the_spot_with_its_code_and_appointment()
    {
        var result = await _pipeline.ExecuteAsync(_world.BirthRegistration());

        var dossier = result.Dossier!;
        Assert.Equal(NationalStatus.Received, dossier.Status);
        Assert.Equal($"{_world.Organisation.GetAgency(DossierWorld.Centre).ShortId}-260302-0001", dossier.Code);
        var appraisal = Assert.Single(dossier.ActiveTasks);
        Assert.Equal((DossierWorld.Committee, RoleCodes.Specialist), (appraisal.AgencyEId, appraisal.Role));
        var detail = (await new DossierQueries(_world.Contexts, _world.Clock).FindAsync(dossier.Id))!;
        Assert.Equal(_world.Clock.GetUtcNow(), detail.Dossier.ReceivedAt);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 17, 0, 0, TimeSpan.FromHours(7)), detail.Dossier.AppointmentAt);
        Assert.Equal(_world.DeskOfficer.UserName, detail.Dossier.ReceivedBy);
        var receipt = detail.TrackingSheet[0];
        Assert.Equal(("Accepted", _world.DeskOfficer.FullName), (receipt.Outcome, receipt.ReceivedBy));
        Assert.Equal(2, detail.Documents.Count(d => d.Digitised));
    }

    [StoreFact]
    public async Task An_online_dossier_waits_in_status_1_until_a_desk_officer_accepts_it()
    {
        var filed = (await _pipeline.ExecuteAsync(_world.BirthRegistration(channel: SubmissionChannel.Online))).Dossier!;
        Assert.Equal(NationalStatus.Registered, filed.Status);
        var inbox = await new InboxQueries(_world.Contexts, _world.Clock, new DossierOptions())
            .ListAsync(_world.DeskOfficer, new InboxQuery { List = InboxList.AwaitingOnlineReceipt });
        Assert.Equal(filed.Code, Assert.Single(inbox.Items).Code);

        _world.Clock.Advance(TimeSpan.FromHours(1));
        var accepted = await _pipeline.ExecuteAsync(new DecideReceipt(filed.Id, ReceiptOutcome.Accept, _world.DeskOfficer));

        Assert.Equal(NationalStatus.Received, accepted.Dossier!.Status);
        Assert.Equal(RoleCodes.Specialist, Assert.Single(accepted.Dossier.ActiveTasks).Role);
    }

    [StoreFact]
    public async Task A_refusal_states_its_reasons_and_ends_the_dossier()
    {
        var filed = (await _pipeline.ExecuteAsync(_world.BirthRegistration(channel: SubmissionChannel.Online))).Dossier!;

        var unreasoned = await _pipeline.ExecuteAsync(new DecideReceipt(filed.Id, ReceiptOutcome.Refuse, _world.DeskOfficer));
        var refused = await _pipeline.ExecuteAsync(new DecideReceipt(filed.Id, ReceiptOutcome.Refuse, _world.DeskOfficer, "Không thuộc thẩm quyền"));

        Assert.Equal(DomainErrorCode.InvalidInput, unreasoned.Error!.Code);
        Assert.Equal(filed.Version + 1, refused.Dossier!.Version);
        Assert.Equal(NationalStatus.NotReceived, refused.Dossier.Status);
        Assert.Empty(refused.Dossier.ActiveTasks);
        var detail = (await new DossierQueries(_world.Contexts, _world.Clock).FindAsync(filed.Id))!;
        Assert.Equal("Không thuộc thẩm quyền", detail.Dossier.EndReason);
    }

    [StoreFact]
    public async Task A_supplement_asked_at_receipt_waits_for_the_citizen_then_returns_to_the_desk()
    {
        var filed = (await _pipeline.ExecuteAsync(_world.BirthRegistration(channel: SubmissionChannel.Online))).Dossier!;

        var asked = await _pipeline.ExecuteAsync(new DecideReceipt(filed.Id, ReceiptOutcome.RequestSupplement, _world.DeskOfficer,
            MissingItems: "Giấy chứng sinh bản chính"));
        Assert.Equal((NationalStatus.WaitingForSupplement, DossierSubState.SupplementAtReceipt), (asked.Dossier!.Status, asked.Dossier.SubState));

        var supplied = await _pipeline.ExecuteAsync(new RecordSupplement(filed.Id));

        Assert.Equal(NationalStatus.Registered, supplied.Dossier!.Status);
        Assert.Equal("TthcFlow.Receipt", Assert.Single(supplied.Dossier.ActiveTasks).StepType);
        var request = Assert.Single((await new DossierQueries(_world.Contexts, _world.Clock).FindAsync(filed.Id))!.Supplements);
        Assert.True(request.AtReceipt);
        Assert.Equal(_world.Clock.GetUtcNow(), request.SuppliedAt);
    }

    [StoreFact]
    public async Task Only_a_one_stop_officer_of_the_receiving_desk_receives_or_decides()
    {
        var otherCommuneDesk = _world.Officers.First(o => o.Role == RoleCodes.OneStopOfficer && o.AgencyEId != DossierWorld.Centre);
        var stranger = new ActingOfficer(otherCommuneDesk.Username, otherCommuneDesk.FullName, otherCommuneDesk.AgencyEId,
            otherCommuneDesk.UnitCode, [RoleCodes.OneStopOfficer]);
        var filed = (await _pipeline.ExecuteAsync(_world.BirthRegistration(channel: SubmissionChannel.Online))).Dossier!;

        var atDesk = await _pipeline.ExecuteAsync(_world.BirthRegistration() with { Officer = stranger });
        var decided = await _pipeline.ExecuteAsync(new DecideReceipt(filed.Id, ReceiptOutcome.Accept, stranger));
        var bySpecialist = await _pipeline.ExecuteAsync(new DecideReceipt(filed.Id, ReceiptOutcome.Accept, _world.Specialist));

        Assert.All([atDesk, decided, bySpecialist], r => Assert.Equal(DomainErrorCode.NotYours, r.Error!.Code));
    }

    [StoreFact]
    public async Task Bad_filings_are_refused_with_a_reason_and_take_no_code()
    {
        var unknown = await _pipeline.ExecuteAsync(_world.BirthRegistration() with { DefinitionId = "khong-co" });
        var noId = await _pipeline.ExecuteAsync(_world.BirthRegistration() with { Applicant = new ApplicantDetails("Nguyễn Văn An", "") });
        var ok = await _pipeline.ExecuteAsync(_world.BirthRegistration());

        Assert.Equal(DomainErrorCode.NotFound, unknown.Error!.Code);
        Assert.Equal(DomainErrorCode.InvalidInput, noId.Error!.Code);
        Assert.EndsWith("-0001", ok.Dossier!.Code);
    }

    public sealed class OnSqlite() : ReceiptTests(StoreProvider.Sqlite);

    public sealed class OnPostgreSql() : ReceiptTests(StoreProvider.PostgreSql), IOnPostgreSql;
}

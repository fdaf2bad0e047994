using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using TthcFlow.Definitions.Calendar;
using TthcFlow.Engine.Apologies;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Tasks;

namespace TthcFlow.Engine.Persistence;

/// <summary>
/// Đồng bộ trạng thái hồ sơ lên Cổng Dịch vụ công quốc gia — the payload of a status-sync outbox
/// message (DOMAIN.md §1): the dossier's identity, procedure, channel, applicant, dates, status,
/// agencies, digitisation and online-payment flags, documents, fees, supplement requests, issued
/// apologies (with the previous and new appointment), clock pauses, results, and one progress item per step (handler, title, time, unit, action, status, step start and due).
/// Instants are written in Vietnam time (ISO 8601, +07:00). One instance per writer thread.
/// </summary>
internal sealed class StatusSyncPayload
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private readonly Utf8JsonWriter _json;

    public StatusSyncPayload() => _json = new Utf8JsonWriter(_buffer, Options);

    public byte[] Build(DossierState state)
    {
        _buffer.ResetWrittenCount();
        _json.Reset(_buffer);
        var d = state.Dossier;
        _json.WriteStartObject();
        _json.WriteString("dossierCode", d.Code);
        _json.WriteString("procedureCode", d.ProcedureCode);
        _json.WriteString("procedureName", d.ProcedureName);
        _json.WriteString("field", d.Field);
        _json.WriteNumber("channel", (int)d.Channel);
        _json.WriteNumber("status", (int)d.Status);
        _json.WriteString("portalStatus", PortalStatus.Of(d.Status));
        _json.WriteString("subState", d.SubState.ToString());
        _json.WriteStartObject("applicant");
        _json.WriteString("name", d.ApplicantName);
        _json.WriteString("idNumber", d.ApplicantIdNumber);
        _json.WriteString("phone", d.ApplicantPhone);
        _json.WriteString("email", d.ApplicantEmail);
        _json.WriteString("address", d.ApplicantAddress);
        _json.WriteEndObject();
        Instant("submittedAt", d.SubmittedAt);
        Instant("receivedAt", d.ReceivedAt);
        Instant("appointmentAt", d.AppointmentAt);
        Instant("dueAt", d.WorkingDueAt);
        Instant("finishedAt", d.FinishedAt);
        Instant("returnedAt", d.ReturnedAt);
        Instant(d.Status == NationalStatus.NotReceived ? "refusedAt" : "endedAt", d.EndedAt);
        _json.WriteString("receivingAgency", d.ReceivingAgencyEId);
        _json.WriteString("processingAgency", d.CompetentAgencyEId);
        _json.WriteBoolean("digitised", state.Documents.Any(x => x.Kind == DocumentKind.Submitted && x.Digitised));
        _json.WriteBoolean("paidOnline", d.PaidOnline);
        _json.WriteString("resultForm", d.ResultForm.ToString());
        _json.WriteString("resultDelivery", d.ResultDelivery.ToString());
        if (d.SubmissionPostalCode is not null || d.ReturnPostalCode is not null)
        {
            _json.WriteStartObject("postal");
            _json.WriteString("submissionItem", d.SubmissionPostalCode);
            _json.WriteString("returnItem", d.ReturnPostalCode);
            Instant("postedAt", d.ReturnPostedAt);
            Instant("deliveredAt", d.ReturnDeliveredAt);
            _json.WriteEndObject();
        }
        Documents("documents", state, DocumentKind.Submitted);
        Documents("results", state, DocumentKind.Result);
        Objects("fees", state.Fees, fee =>
        {
            _json.WriteString("name", fee.Name);
            _json.WriteNumber("amount", fee.AmountVnd);
        });
        Objects("supplements", state.Supplements, s =>
        {
            Instant("requestedAt", s.RequestedAt);
            Instant("suppliedAt", s.SuppliedAt);
            Instant("previousAppointmentAt", s.PreviousAppointmentAt);
            Instant("newAppointmentAt", s.NewAppointmentAt);
        });
        Objects("apologies", state.Apologies.Where(a => a.Status == ApologyStatus.Issued), a =>
        {
            _json.WriteString("number", a.Number);
            _json.WriteString("agency", a.AgencyEId);
            _json.WriteString("reason", a.Reason);
            Instant("issuedAt", a.IssuedAt);
            Instant("previousAppointmentAt", a.OriginalAppointmentAt);
            Instant("newAppointmentAt", a.NewReturnAt);
        });
        Objects("pauses", state.Pauses, p =>
        {
            _json.WriteString("kind", p.Kind.ToString());
            Instant("from", p.StartedAt);
            Instant("to", p.EndedAt);
            Instant("appointmentAfter", p.DueAfter);
        });
        _json.WriteStartArray("progress");
        foreach (var t in state.Tasks)
            Progress(t);
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
        return _buffer.WrittenSpan.ToArray();
    }

    /// <summary>A named array with one object per item, its members written by <paramref name="members"/>.</summary>
    private void Objects<T>(string name, IEnumerable<T> items, Action<T> members)
    {
        _json.WriteStartArray(name);
        foreach (var item in items)
        {
            _json.WriteStartObject();
            members(item);
            _json.WriteEndObject();
        }
        _json.WriteEndArray();
    }

    private void Progress(DossierTask t)
    {
        _json.WriteStartObject();
        _json.WriteString("handler", t.ReceivedByName ?? t.AssignedTo);
        _json.WriteString("title", t.Title);
        Instant("time", t.CompletedAt ?? t.ReceivedAt ?? t.OpenedAt);
        _json.WriteString("agency", t.AgencyEId);
        _json.WriteString("unit", t.UnitCode);
        _json.WriteString("action", t.Outcome ?? t.Action);
        _json.WriteString("status", t.Status.ToString());
        Instant("stepStart", t.OpenedAt);
        Instant("stepDue", t.DueAt);
        _json.WriteEndObject();
    }

    private void Documents(string name, DossierState state, DocumentKind kind)
    {
        _json.WriteStartArray(name);
        foreach (var doc in state.Documents)
        {
            if (doc.Kind != kind)
                continue;
            _json.WriteStartObject();
            _json.WriteString("name", doc.Name);
            _json.WriteBoolean("digitised", doc.Digitised);
            _json.WriteBoolean("reused", doc.Reused);
            _json.WriteEndObject();
        }
        _json.WriteEndArray();
    }

    private void Instant(string name, DateTimeOffset? at)
    {
        if (at is { } value)
            _json.WriteString(name, value.ToVietnamTime());
        else
            _json.WriteNull(name);
    }
}

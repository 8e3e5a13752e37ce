namespace ClimbClub.Web.Data;

/// <summary>
/// Which app instance runs a background job: one row per job, claimed with one conditional UPDATE so that instances
/// sharing a database never run the same job at once, and run each of its slots (schedule times) once between them.
/// </summary>
public sealed class JobLease
{
    public required string Job { get; set; }

    /// <summary>The instance that claimed the job last (Instance:Name); it stays after the run, to show who ran.</summary>
    public string Holder { get; set; } = "";

    /// <summary>Where the slot (span of schedule time) of the last claim starts; a claim needs a later slot.</summary>
    public DateTimeOffset SlotStart { get; set; }

    /// <summary>Where the slot of the last claim ends: a firing scheduled from then on may claim, whatever its slot.</summary>
    public DateTimeOffset SlotEnd { get; set; }

    /// <summary>Until when the holder may run the job; renewed while it runs, set to the end when it finishes.</summary>
    public DateTimeOffset LeaseUntil { get; set; }

    public DateTimeOffset? ClaimedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }
}

namespace ClimbClub.Benchmarks;

/// <summary>
/// SplitMix64, seeded from a few numbers: cheap enough to seed once per member and week, so a club's last weeks hold
/// the same sessions whatever the length of its history (the 52-week club is the last 52 weeks of the 104-week one).
/// </summary>
internal sealed class Dice
{
    private const ulong Gamma = 0x9E3779B97F4A7C15;

    private ulong state;

    public Dice(long first, long second = 0, long third = 0)
    {
        state = Mix(Mix(Mix((ulong)first + Gamma) ^ (ulong)second) ^ (ulong)third);
    }

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>, both included.</summary>
    public int Between(int min, int max) => min + (int)(Next() % (ulong)(max - min + 1));

    public bool OneIn(int n) => Next() % (ulong)n == 0;

    public Guid NextGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, Next());
        BitConverter.TryWriteBytes(bytes[8..], Next());
        return new Guid(bytes);
    }

    private ulong Next()
    {
        state += Gamma;
        return Mix(state);
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }
}

namespace PurchasePlatform.Gateway.FlashSale.Admission;

/// <summary>
/// Configuration "FlashSale:Admission": the token bucket in front of <c>POST /order</c> (seed 001). It holds up to
/// <see cref="Burst"/> tokens and gets <see cref="Threshold"/> tokens back every <see cref="Window"/>; an order that
/// finds it empty is sent to <see cref="WaitingRoomUrl"/> with a 302.
/// </summary>
internal sealed class AdmissionOptions
{
    public const string SectionName = "FlashSale:Admission";

    public TimeSpan Window { get; set; } = TimeSpan.FromSeconds(1);

    public int Threshold { get; set; } = 50;

    /// <summary>0 or unset: the same as <see cref="Threshold"/>.</summary>
    public int Burst { get; set; }

    public string WaitingRoomUrl { get; set; } = "/waiting-room";

    public int Capacity => Burst > 0 ? Burst : Threshold;

    public double TokensPerSecond => Threshold / Window.TotalSeconds;

    public bool IsValid() =>
        Window > TimeSpan.Zero && Threshold > 0 && Burst >= 0 && !string.IsNullOrWhiteSpace(WaitingRoomUrl);
}

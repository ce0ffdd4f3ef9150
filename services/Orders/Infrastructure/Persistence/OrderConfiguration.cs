using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PurchasePlatform.Orders.Domain;

namespace PurchasePlatform.Orders.Infrastructure.Persistence;

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> builder)
    {
        builder.ToTable("orders");
        builder.HasKey(order => order.Id);
        builder.Property(order => order.Id).ValueGeneratedNever();
        builder.Property(order => order.OrderNumber).HasMaxLength(32).IsRequired();
        builder.HasIndex(order => order.OrderNumber).IsUnique();
        builder.Property(order => order.UserId).HasMaxLength(128).IsRequired();
        builder.HasIndex(order => new { order.UserId, order.CreatedAt });
        builder.Property(order => order.Source).HasConversion<string>().HasMaxLength(32);
        builder.Property(order => order.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(order => order.Currency).HasMaxLength(3).IsRequired();
        builder.Property(order => order.ShippingAddressId).HasMaxLength(128);
        builder.Property(order => order.BillingAddressId).HasMaxLength(128);
        builder.Property(order => order.PaymentMethodId).HasMaxLength(128);
        builder.Property(order => order.CouponCode).HasMaxLength(64);
        builder.Property(order => order.Notes).HasMaxLength(1000);
        builder.Property(order => order.PaymentId).HasMaxLength(128);
        builder.Property(order => order.TrackingNumber).HasMaxLength(128);
        builder.Property(order => order.Carrier).HasMaxLength(64);
        builder.Property(order => order.CancellationReason).HasMaxLength(500);
        builder.Property(order => order.Version).IsConcurrencyToken();
        builder.Ignore(order => order.ItemCount);
        builder.Ignore(order => order.TotalQuantity);

        builder.HasMany(order => order.Lines).WithOne().HasForeignKey("OrderId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(order => order.Lines).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        builder.HasMany(order => order.History).WithOne().HasForeignKey("OrderId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(order => order.History).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}

internal sealed class OrderLineConfiguration : IEntityTypeConfiguration<OrderLine>
{
    public void Configure(EntityTypeBuilder<OrderLine> builder)
    {
        builder.ToTable("order_lines");
        builder.HasKey(line => line.Id);
        builder.Property(line => line.Id).ValueGeneratedNever();
        builder.Property(line => line.ProductId).HasMaxLength(128).IsRequired();
        builder.Property(line => line.ProductName).HasMaxLength(300).IsRequired();
        builder.Property(line => line.Sku).HasMaxLength(64);
        builder.Property(line => line.ImageUrl).HasMaxLength(1000);
        builder.Ignore(line => line.LineTotalCents);
    }
}

internal sealed class OrderStatusChangeConfiguration : IEntityTypeConfiguration<OrderStatusChange>
{
    public void Configure(EntityTypeBuilder<OrderStatusChange> builder)
    {
        builder.ToTable("order_status_history");
        builder.HasKey(change => change.Id);
        builder.Property(change => change.Id).ValueGeneratedOnAdd();
        builder.Property(change => change.From).HasConversion<string>().HasMaxLength(32);
        builder.Property(change => change.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(change => change.Note).HasMaxLength(600);
        builder.Property(change => change.TrackingNumber).HasMaxLength(128);
    }
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("idempotency_records");
        builder.HasKey(record => record.Key);
        builder.Property(record => record.Key).HasMaxLength(300);
        builder.Property(record => record.RequestHash).HasMaxLength(64).IsRequired();
        builder.Property(record => record.ResponseBody).IsRequired();
    }
}

internal sealed class ProcessedEventConfiguration : IEntityTypeConfiguration<ProcessedEvent>
{
    public void Configure(EntityTypeBuilder<ProcessedEvent> builder)
    {
        builder.ToTable("processed_events");
        builder.HasKey(processed => processed.EventId);
        builder.Property(processed => processed.EventId).HasMaxLength(200);
        builder.Property(processed => processed.Topic).HasMaxLength(128).IsRequired();
    }
}

internal sealed class OrderNumberCounterConfiguration : IEntityTypeConfiguration<OrderNumberCounter>
{
    public void Configure(EntityTypeBuilder<OrderNumberCounter> builder)
    {
        builder.ToTable(OrderNumberCounter.Table);
        builder.HasKey(counter => counter.Year);
        builder.Property(counter => counter.Year).HasColumnName("year").ValueGeneratedNever();
        builder.Property(counter => counter.LastNumber).HasColumnName("last_number");
    }
}

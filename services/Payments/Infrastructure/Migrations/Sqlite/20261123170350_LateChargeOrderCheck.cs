using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PurchasePlatform.Payments.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LateChargeOrderCheck : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "OrderCheckDue",
                table: "payments",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "OrderCheckDue",
                table: "payments");
        }
    }
}

import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { entity, extract, fence, fieldsOf, names } from './code-fences.js';

// C# as EF Core teams write it (a French Kiro trial): data annotations on the property's own line,
// compiler-only initialisers (`= "";`, `= null!`), navigations beside their key, enums, a base class,
// and the fluent configuration in another fence of the same document.
const MODEL = `public enum StatutDevis { Brouillon, Envoye = 2, Accepte }

public abstract class Entite
{
    public Guid Id { get; set; }
    public DateTimeOffset CreeLe { get; set; } = DateTimeOffset.UtcNow;
}

[Index(nameof(Email), IsUnique = true)]
public class Cycliste : Entite
{
    [Required, MaxLength(120)] public string Nom { get; set; } = "";
    [EmailAddress, MaxLength(254)] public string Email { get; set; } = string.Empty;
    [Phone]
    [MaxLength(20)]
    public string? Telephone { get; set; }
    [NotMapped] public string Affichage { get; set; } = "";
    public List<Devis> Devis { get; set; } = new();
}

public class Devis : Entite
{
    public Guid CyclisteId { get; set; }
    public Cycliste Cycliste { get; set; } = null!;
    public Atelier Atelier { get; set; } = null!;
    public StatutDevis Statut { get; set; } = StatutDevis.Brouillon;
    [Range(1, 100)] public int Quantite { get; set; } = 1;
    [MinLength(10), MaxLength(1000)] public string Description { get; set; } = "";
    [MaxLength(2000)] public string? Diagnostic { get; set; }
    public Guid? MecanicienId { get; set; }
    [Column(TypeName = "numeric(10,2)")] public decimal Total { get; set; }
}

public class Atelier
{
    [Key] public int Code { get; set; }
    public string Nom { get; set; } = "";
}

public class RayonDbContext : DbContext
{
    public DbSet<Devis> Devis { get; set; } = null!;
    protected override void OnModelCreating(ModelBuilder b) { }
}

public class DevisService
{
    public string Nom { get; set; } = "";
    public Task<Devis> Creer(Devis d) => Task.FromResult(d);
}`;

const FLUENT = `modelBuilder.Entity<Devis>().HasIndex(d => new { d.CyclisteId, d.Statut }).IsUnique().HasDatabaseName("ux_devis_cycliste_statut");
modelBuilder.Entity<Devis>()
    .HasOne(d => d.Cycliste)
    .WithMany(c => c.Devis)
    .HasForeignKey(d => d.CyclisteId)
    .OnDelete(DeleteBehavior.Cascade);
modelBuilder.Entity<Devis>().ToTable(t => t.HasCheckConstraint("ck_devis_total", "total >= 0"));
modelBuilder.Entity<Atelier>(b =>
{
    b.Property(a => a.Nom).HasMaxLength(80).IsRequired();
    b.HasIndex(a => a.Nom);
});`;

const doc = `${fence('csharp', MODEL)}\n\`\`\`csharp\n${FLUENT}\n\`\`\`\n`;

describe('C# with EF Core', () => {
  const f = extract(doc);

  it('reads entity classes, not the base class, the DbContext or a service', () => {
    expect(names(f)).toEqual(['Cycliste', 'Devis', 'Atelier']);
    expect(f.enums).toEqual([
      expect.objectContaining({ name: 'StatutDevis', values: ['Brouillon', 'Envoye', 'Accepte'] }),
    ]);
  });

  it('reads annotations on the property’s own line and the lines above it', () => {
    const c = fieldsOf(entity(f, 'Cycliste'));
    expect(Object.keys(c)).toEqual(['Id', 'CreeLe', 'Nom', 'Email', 'Telephone']);
    expect(c.Nom).toMatchObject({ nullable: false, type: { scalar: 'string', length: 120 } });
    expect(c.Email!.type).toMatchObject({ scalar: 'email', length: 254 });
    expect(c.Telephone).toMatchObject({ nullable: true, type: { scalar: 'phone', length: 20 } });
    expect(c.Id).toMatchObject({ primaryKey: true, nullable: false });
    expect(c.CreeLe!.default).toBe('now()');
    // `= ""` only satisfies the compiler: no database default.
    expect(c.Nom!.default).toBeUndefined();
    const d = fieldsOf(entity(f, 'Devis'));
    // The attribute belongs to its own line's property, not the next one.
    expect(d.Diagnostic!.type.length).toBe(2000);
    expect(d.MecanicienId!.type.length).toBeUndefined();
    expect(d.Quantite).toMatchObject({ check: 'quantite BETWEEN 1 AND 100', default: '1' });
    expect(d.Description).toMatchObject({ check: 'char_length(description) >= 10', type: { length: 1000 } });
    expect(d.Total!.type).toMatchObject({ scalar: 'decimal', precision: 10, scale: 2 });
  });

  it('reads enums and enum defaults, navigations as keys and the fluent configuration', () => {
    const d = fieldsOf(entity(f, 'Devis'));
    expect(d.Statut).toMatchObject({ enumName: 'StatutDevis', default: "'Brouillon'" });
    // A navigation with its key beside it is no column; without one, EF's shadow key is.
    expect(d.Cycliste).toBeUndefined();
    expect(d.CyclisteId!.references).toEqual({ entity: 'Cycliste', field: 'Id', onDelete: 'cascade' });
    expect(d.AtelierId).toMatchObject({
      type: { scalar: 'integer' },
      references: { entity: 'Atelier', field: 'Code' },
    });
    expect(f.indexes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ entity: 'Cycliste', columns: ['Email'], unique: true }),
        expect.objectContaining({
          entity: 'Devis',
          columns: ['CyclisteId', 'Statut'],
          unique: true,
          name: 'ux_devis_cycliste_statut',
        }),
        expect.objectContaining({ entity: 'Atelier', columns: ['Nom'], unique: false }),
      ]),
    );
    expect(entity(f, 'Devis')!.checks).toEqual([
      expect.objectContaining({ expression: 'total >= 0', sql: true, name: 'ck_devis_total' }),
    ]);
    const a = fieldsOf(entity(f, 'Atelier'));
    expect(a.Code).toMatchObject({ primaryKey: true });
    expect(a.Nom).toMatchObject({ nullable: false, type: { length: 80 } });
  });

  it('reads IEntityTypeConfiguration classes and FluentValidation rules', () => {
    const g = extract(
      fence(
        'csharp',
        `public class Website
{
    public int Id { get; set; }
    public string DisplayName { get; set; }
    public int Visits { get; set; }
}

public class WebsiteConfiguration : IEntityTypeConfiguration<Website>
{
    public void Configure(EntityTypeBuilder<Website> builder)
    {
        builder.HasKey(w => w.Id);
        builder.Property(w => w.DisplayName).IsRequired().HasMaxLength(100);
        builder.HasIndex(w => w.DisplayName).IsUnique();
    }
}

public class WebsiteValidator : AbstractValidator<Website>
{
    public WebsiteValidator()
    {
        RuleFor(w => w.Visits).GreaterThanOrEqualTo(0);
    }
}`,
      ),
    );
    expect(names(g)).toEqual(['Website']);
    const w = fieldsOf(entity(g, 'Website'));
    expect(w.DisplayName!.type.length).toBe(100);
    expect(w.Visits!.check).toBe('visits >= 0');
    expect(g.indexes).toEqual([
      expect.objectContaining({ entity: 'Website', columns: ['DisplayName'], unique: true }),
    ]);
  });

  it('a fence with no class is no model', () => {
    expect(
      extract(fence('csharp', 'app.MapGet("/api/v1/devis", () => Results.Ok());')).entities,
    ).toBeUndefined();
  });

  it('the stated CHECK reaches the schema, the annotations only the API validation', async () => {
    const host = memoryHost({
      '/p/docs/prd.md': '# PRD\n\n## Requirements\n\n- FR1: Mechanics write quotes.\n',
      '/p/docs/architecture.md': `# Architecture\n\nPostgreSQL 16.\n\n${doc}`,
    });
    const r = await compile({ root: '/p', verify: { skip: true } }, host);
    const devis = r.spec!.entities.find((e) => e.name === 'Devis')!;
    expect(devis.checks.map((c) => c.expression)).toEqual(['total >= 0']);
    // The constraint keeps the name HasCheckConstraint gives it.
    const sql = r.artifacts.find((a) => a.path.endsWith('schema.sql'))!.text;
    expect(sql).toContain('CONSTRAINT ck_devis_total CHECK (total >= 0)');
    expect(devis.fields.find((x) => x.column === 'quantite')!.check).toBeNull();
    expect(r.spec!.database.indexes.find((i) => i.name === 'ux_devis_cycliste_statut')).toMatchObject({
      columns: ['cycliste_id', 'statut'],
      unique: true,
    });
  });
});

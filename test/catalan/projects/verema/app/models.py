from enum import Enum

from tortoise import fields
from tortoise.models import Model


class Rol(str, Enum):
    SOCI = "soci"
    BASCULISTA = "basculista"
    ENOLEG = "enoleg"
    ADMINISTRACIO = "administracio"


class Qualitat(str, Enum):
    A = "A"
    B = "B"
    C = "C"


class EstatEntrada(str, Enum):
    PESADA = "pesada"
    CLASSIFICADA = "classificada"
    REBUTJADA = "rebutjada"
    LIQUIDADA = "liquidada"


class EstatTorn(str, Enum):
    RESERVAT = "reservat"
    CANCELLAT = "cancellat"
    ATES = "ates"


class Soci(Model):
    id = fields.IntField(pk=True)
    nif = fields.CharField(max_length=9, unique=True)
    nom = fields.CharField(max_length=120)
    telefon = fields.CharField(max_length=15)
    email = fields.CharField(max_length=254, null=True)
    iban = fields.CharField(max_length=34)
    actiu = fields.BooleanField(default=True)
    creat_el = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "socis"


class Usuari(Model):
    """Personal de la cooperativa (els socis entren amb codi per SMS)."""

    id = fields.IntField(pk=True)
    email = fields.CharField(max_length=254, unique=True)
    hash_contrasenya = fields.CharField(max_length=255)
    rol = fields.CharEnumField(Rol, max_length=16)
    intents_fallits = fields.SmallIntField(default=0)
    bloquejat_fins = fields.DatetimeField(null=True)

    class Meta:
        table = "usuaris"


class Varietat(Model):
    id = fields.IntField(pk=True)
    codi = fields.CharField(max_length=10, unique=True)
    nom = fields.CharField(max_length=60)

    class Meta:
        table = "varietats"


class Campanya(Model):
    id = fields.IntField(pk=True)
    any = fields.SmallIntField(unique=True)
    inici = fields.DateField()
    fi = fields.DateField()
    tancada = fields.BooleanField(default=False)

    class Meta:
        table = "campanyes"


class Preu(Model):
    id = fields.IntField(pk=True)
    campanya = fields.ForeignKeyField("models.Campanya", related_name="preus", on_delete=fields.CASCADE)
    varietat = fields.ForeignKeyField("models.Varietat", related_name="preus", on_delete=fields.RESTRICT)
    qualitat = fields.CharEnumField(Qualitat, max_length=1)
    euros_kg = fields.DecimalField(max_digits=6, decimal_places=4)

    class Meta:
        table = "preus"
        unique_together = (("campanya", "varietat", "qualitat"),)


class Torn(Model):
    id = fields.IntField(pk=True)
    soci = fields.ForeignKeyField("models.Soci", related_name="torns", on_delete=fields.CASCADE)
    inici = fields.DatetimeField(index=True)
    estat = fields.CharEnumField(EstatTorn, max_length=10, default=EstatTorn.RESERVAT)
    creat_el = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "torns"


class Entrada(Model):
    id = fields.BigIntField(pk=True)
    campanya = fields.ForeignKeyField("models.Campanya", related_name="entrades", on_delete=fields.RESTRICT)
    soci = fields.ForeignKeyField("models.Soci", related_name="entrades", on_delete=fields.RESTRICT)
    varietat = fields.ForeignKeyField("models.Varietat", related_name="entrades", on_delete=fields.RESTRICT)
    torn = fields.ForeignKeyField("models.Torn", related_name="entrades", null=True, on_delete=fields.SET_NULL)
    basculista = fields.ForeignKeyField(
        "models.Usuari", related_name="entrades_registrades", on_delete=fields.RESTRICT
    )
    pes_brut_kg = fields.IntField()
    tara_kg = fields.IntField()
    pes_net_kg = fields.IntField()
    grau_baume = fields.DecimalField(max_digits=4, decimal_places=1)
    qualitat = fields.CharEnumField(Qualitat, max_length=1, null=True)
    estat = fields.CharEnumField(EstatEntrada, max_length=12, default=EstatEntrada.PESADA)
    motiu_rebuig = fields.TextField(null=True)
    registrada_el = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "entrades"


class Liquidacio(Model):
    id = fields.IntField(pk=True)
    numero = fields.CharField(max_length=20, unique=True)
    campanya = fields.ForeignKeyField("models.Campanya", related_name="liquidacions", on_delete=fields.RESTRICT)
    soci = fields.ForeignKeyField("models.Soci", related_name="liquidacions", on_delete=fields.RESTRICT)
    import_total = fields.DecimalField(max_digits=10, decimal_places=2)
    rectifica = fields.ForeignKeyField(
        "models.Liquidacio", related_name="rectificatives", null=True, on_delete=fields.RESTRICT
    )
    pdf_clau = fields.CharField(max_length=255, null=True)
    emesa_el = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "liquidacions"

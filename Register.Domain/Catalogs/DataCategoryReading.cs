namespace Register.Domain.Catalogs;

/// <summary>
/// How the law reads two facts a data category records beside its NPDPC category: whether its data is used to
/// identify the person uniquely, and whether it is depersonalised.
/// </summary>
/// <remarks>
/// <para><b>Biometric data.</b> Law 99-З, ст. 1: «биометрические персональные данные – информация, характеризующая
/// физиологические и биологические особенности человека, которая используется для его уникальной идентификации
/// (отпечатки пальцев рук, ладоней, радужная оболочка глаза, характеристики лица и его изображение и другое)».
/// The NPDPC reads the two conditions as cumulative and the second as needing special technical means
/// (Recommendations on processing in healthcare, п. 1.2.3): «Для отнесения персональных данных к биометрическим
/// данным необходимо, чтобы одновременно выполнялись два условия»; «Последний признак предполагает наличие
/// специальных технических средств, обеспечивающих уникальное сопоставление отпечатков пальцев и др.
/// с имеющимся в базе образцом». So a photograph, a video or a voice recording that is not used to identify
/// anyone is not biometric data, and is not special data on that account.</para>
/// <para>The catalog records the category the officer chose (<see cref="NpdpcCategory"/>) and, separately, whether
/// the data is used for unique identification: <c>true</c>, <c>false</c>, or <c>null</c> (not stated, as in
/// every entry made before this fact existed). Only a category recorded as biometric-genetic whose data is stated
/// <b>not</b> to be so used is read differently: as <see cref="NpdpcCategory.Other"/>. Null keeps the recorded
/// category, so nothing recorded earlier changes by itself.</para>
/// <para>Genetic data is defined by what it is, not by how it is used (ст. 1: «информация, относящаяся
/// к наследуемым либо приобретенным генетическим характеристикам человека, которая содержит уникальные данные
/// о его физиологии либо здоровье…»). The catalog does not tell a biometric category from a genetic one, so
/// <c>false</c> must be recorded only for images, recordings and other data of the biometric kind; a genetic
/// category leaves the fact null (or true).</para>
/// <para><b>Depersonalised data.</b> ст. 1: «обезличивание персональных данных – действия, в результате которых
/// становится невозможным без использования дополнительной информации определить принадлежность персональных
/// данных конкретному субъекту персональных данных». Depersonalised data is still personal data, in its own
/// NPDPC category; what changes is the OAC regulation, which «может не применяться» to information systems
/// «в которых обрабатываются только общедоступные персональные данные и (или) персональные данные, полученные
/// после применения методов обезличивания» (OAC Order No. 66, regulation on technical and cryptographic
/// protection, п. 1, as worded by OAC Order No. 259 of 10.12.2024), and the NPDPC's objection to «в исследовательских
/// целях» as a purpose (clarifications of 03.12.2021 as revised 24.04.2025, п. 12), which does not hold «когда речь
/// идет об обработке обезличенных персональных данных».</para>
/// </remarks>
public static class DataCategoryReading
{
    /// <summary>
    /// The NPDPC category the data falls in: the recorded one, except that biometric-genetic data stated not to be
    /// used for unique identification is not biometric (ст. 1) and is read as <see cref="NpdpcCategory.Other"/>.
    /// </summary>
    public static NpdpcCategory EffectiveCategory(NpdpcCategory recorded, bool? usedForUniqueIdentification) =>
        recorded == NpdpcCategory.BiometricGenetic && usedForUniqueIdentification == false ? NpdpcCategory.Other : recorded;

    /// <summary>
    /// Data the OAC regulation does not require a class for: publicly available, or obtained by depersonalisation
    /// (Order No. 66 regulation п. 1 as worded by Order No. 259).
    /// </summary>
    public static bool IsOutsideOacRegulation(NpdpcCategory effectiveCategory, bool depersonalised) =>
        depersonalised || effectiveCategory == NpdpcCategory.Public;
}

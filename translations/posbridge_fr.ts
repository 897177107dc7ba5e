<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/aboutdialog.ui" line="+6"/>
        <source>About POS Bridge</source>
        <translation>À propos de POS Bridge</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>POS Bridge icon</source>
        <translation>Icône de POS Bridge</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Links the companies of a back office to Lightspeed Retail POS (R-Series).</source>
        <translation>Relie les entreprises d&apos;un back-office à Lightspeed Retail POS (R-Series).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>POS Bridge is free software: you may redistribute and modify it under the GNU General Public License, version 3 or any later version. It comes with no warranty.</source>
        <translation>POS Bridge est un logiciel libre&#xa0;: vous pouvez le redistribuer et le modifier selon les termes de la licence publique générale GNU (GPL), version 3 ou toute version ultérieure. Il est fourni sans aucune garantie.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Libraries and their licences:</source>
        <translation>&amp;Bibliothèques et leurs licences&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Libraries and their licences</source>
        <translation>Bibliothèques et leurs licences</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Qt 6</source>
        <translation>Qt 6</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GNU LGPL version 3</source>
        <translation>GNU LGPL, version 3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Qt WebEngine (Chromium)</source>
        <translation>Qt WebEngine (Chromium)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GNU LGPL version 3; Chromium: BSD-3-Clause and others</source>
        <translation>GNU LGPL, version 3&#xa0;; Chromium&#xa0;: BSD-3-Clause et autres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>QtKeychain</source>
        <translation>QtKeychain</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BSD-3-Clause</source>
        <translation>BSD-3-Clause</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public domain</source>
        <translation>Domaine public</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OpenSSL 3</source>
        <translation>OpenSSL 3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apache License 2.0</source>
        <translation>Licence Apache 2.0</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Qt Charts</source>
        <translation>Qt Charts</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>GNU GPL version 3</source>
        <translation>GNU GPL, version 3</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Qt HTTP Server (in posbridge-sandbox)</source>
        <translation>Qt HTTP Server (dans posbridge-sandbox)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>libsecret</source>
        <translation>libsecret</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>GNU LGPL version 2.1 or later</source>
        <translation>GNU LGPL, version 2.1 ou ultérieure</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>GLib</source>
        <translation>GLib</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Qt versions</source>
        <translation>Versions de Qt</translation>
    </message>
</context>
<context>
    <name>ApiErrors</name>
    <message>
        <location filename="../src/lightspeed/apierrors.cpp" line="+65"/>
        <source>no reason given</source>
        <translation>aucune raison indiquée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lightspeed rejected the request as invalid: %1</source>
        <translation>Lightspeed a rejeté la requête comme non valide&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lightspeed did not accept the access token: %1. If this persists, use Fetch Token.</source>
        <translation>Lightspeed n&apos;a pas accepté le jeton d&apos;accès&#xa0;: %1. Si le problème persiste, utilisez Obtenir un jeton.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Lightspeed token lacks the rights for this request: %1. Check the scopes under Advanced and the authorizing employee&apos;s rights, then Fetch Token again.</source>
        <translation>Le jeton Lightspeed n&apos;a pas les droits nécessaires pour cette requête&#xa0;: %1. Vérifiez les portées sous Avancé et les droits de l&apos;employé qui a donné l&apos;autorisation, puis obtenez un nouveau jeton.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lightspeed has no such record: %1</source>
        <translation>Cet enregistrement n&apos;existe pas dans Lightspeed&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lightspeed does not allow this kind of request here: %1</source>
        <translation>Lightspeed n&apos;autorise pas ce type de requête ici&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The record changed in Lightspeed at the same time: %1. Try again.</source>
        <translation>L&apos;enregistrement a été modifié dans Lightspeed au même moment&#xa0;: %1. Réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lightspeed rejected the data: %1</source>
        <translation>Lightspeed a rejeté les données&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lightspeed&apos;s rate limit was reached. The app waits and tries again.</source>
        <translation>La limite de débit de Lightspeed est atteinte. L&apos;application patiente, puis réessaie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lightspeed had a server error (HTTP %1). The app tries again later.</source>
        <translation>Lightspeed a rencontré une erreur de serveur (HTTP %1). L&apos;application réessaiera plus tard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lightspeed answered HTTP %1: %2</source>
        <translation>Lightspeed a répondu HTTP %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not reach Lightspeed at %1: %2</source>
        <translation>Impossible de joindre Lightspeed à l&apos;adresse %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lightspeed did not answer within %1 seconds.</source>
        <translation>Lightspeed n&apos;a pas répondu dans les %1 secondes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lightspeed sent a response that is not valid JSON.</source>
        <translation>Lightspeed a envoyé une réponse qui n&apos;est pas du JSON valide.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The request to Lightspeed was cancelled.</source>
        <translation>La requête à Lightspeed a été annulée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lightspeed sent an unexpected response. Try again later.</source>
        <translation>Lightspeed a envoyé une réponse inattendue. Réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Lightspeed request was not sent because of an internal error.</source>
        <translation>La requête Lightspeed n&apos;a pas été envoyée en raison d&apos;une erreur interne.</translation>
    </message>
</context>
<context>
    <name>AutostartEntry</name>
    <message>
        <location filename="../src/core/autostartentry.cpp" line="+77"/>
        <source>Could not remove %1. Check the permissions of the folder.</source>
        <translation>Impossible de supprimer %1. Vérifiez les permissions du dossier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not create the folder of %1. Check the permissions of the folder.</source>
        <translation>Impossible de créer le dossier de %1. Vérifiez les permissions du dossier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CandidateChoiceDialog</name>
    <message>
        <location filename="../ui/candidatechoicedialog.ui" line="+6"/>
        <source>Choose the Lightspeed Item</source>
        <translation>Choisir l&apos;article Lightspeed</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Matching Lightspeed items</source>
        <translation>Articles Lightspeed correspondants</translation>
    </message>
</context>
<context>
    <name>CheckpointRepository</name>
    <message>
        <location filename="../src/storage/checkpointrepository.cpp" line="+31"/>
        <source>read the sync checkpoint</source>
        <translation>lire le point de reprise de la synchronisation</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>save the sync checkpoint</source>
        <translation>enregistrer le point de reprise de la synchronisation</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>reset the sync checkpoint</source>
        <translation>réinitialiser le point de reprise de la synchronisation</translation>
    </message>
</context>
<context>
    <name>CompanyRepository</name>
    <message>
        <location filename="../src/storage/companyrepository.cpp" line="+28"/>
        <source>Enter a company name.</source>
        <translation>Saisissez un nom d&apos;entreprise.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A company name has at most %1 characters.</source>
        <translation>Un nom d&apos;entreprise compte au plus %1 caractères.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>list the companies</source>
        <translation>lister les entreprises</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>read the company</source>
        <translation>lire l&apos;entreprise</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+50"/>
        <location line="+12"/>
        <source>The company no longer exists.</source>
        <translation>L&apos;entreprise n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>check the company name</source>
        <translation>vérifier le nom de l&apos;entreprise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A company named “%1” already exists. Choose another name.</source>
        <translation>Une entreprise nommée «&#xa0;%1&#xa0;» existe déjà. Choisissez un autre nom.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>add the company</source>
        <translation>ajouter l&apos;entreprise</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>rename the company</source>
        <translation>renommer l&apos;entreprise</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>remove the company</source>
        <translation>supprimer l&apos;entreprise</translation>
    </message>
</context>
<context>
    <name>CompanyService</name>
    <message>
        <location filename="../src/sync/companyservice.cpp" line="+73"/>
        <source>The company was not removed because its secrets could not be deleted from the keychain. %1</source>
        <translation>L&apos;entreprise n&apos;a pas été supprimée, car ses secrets n&apos;ont pas pu être effacés du trousseau. %1</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <location filename="../src/sync/csvexportkinds.cpp" line="+23"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+42"/>
        <location line="+39"/>
        <location line="+39"/>
        <location line="+32"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="-152"/>
        <location line="+42"/>
        <location line="+39"/>
        <source>Sale ID</source>
        <translation>ID de vente</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+41"/>
        <location line="+40"/>
        <source>Ticket number</source>
        <translation>Numéro de ticket</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+81"/>
        <source>Reference number</source>
        <translation>Numéro de référence</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+41"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+41"/>
        <source>Completed</source>
        <translation>Date de finalisation</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+82"/>
        <source>Cancelled</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer email</source>
        <translation>Courriel du client</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+42"/>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+41"/>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+42"/>
        <source>Tax</source>
        <translation>Taxes</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+41"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Unknown items</source>
        <translation>Articles inconnus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has returns</source>
        <translation>Retours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shop ID</source>
        <translation>ID de boutique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register ID</source>
        <translation>ID de caisse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Employee ID</source>
        <translation>ID d&apos;employé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>Date d&apos;importation</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Order lines</source>
        <translation>Lignes de commande</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sale line ID</source>
        <translation>ID de ligne de vente</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>Item ID</source>
        <translation>ID d&apos;article</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Unknown item</source>
        <translation>Article inconnu</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+39"/>
        <source>Product SKU</source>
        <translation>SKU du produit</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+38"/>
        <source>Product name</source>
        <translation>Nom du produit</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+38"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+39"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Returns</source>
        <translation>Retours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Booked</source>
        <translation>Date de comptabilisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warehouse</source>
        <translation>Entrepôt</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Sync history (runs)</source>
        <translation>Historique de synchronisation (exécutions)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finished</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration (s)</source>
        <translation>Durée (s)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fetched</source>
        <translation>Récupérés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Créés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skipped</source>
        <translation>Ignorés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drips used</source>
        <translation>Gouttes utilisées</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+30"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+28"/>
        <source>Run ID</source>
        <translation>ID d&apos;exécution</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Sync history (item events)</source>
        <translation>Historique de synchronisation (événements par article)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lightspeed ID</source>
        <translation>ID Lightspeed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local ID</source>
        <translation>ID local</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTTP status</source>
        <translation>Statut HTTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retryable</source>
        <translation>Réessayable</translation>
    </message>
</context>
<context>
    <name>CsvExportService</name>
    <message>
        <location filename="../src/sync/csvexportservice.cpp" line="+57"/>
        <source>Could not create the folder %1. Choose another folder.</source>
        <translation>Impossible de créer le dossier %1. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+23"/>
        <source>Could not write the file %1: %2</source>
        <translation>Impossible d&apos;écrire le fichier %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>L&apos;exportation a été annulée&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>There is no export of the kind “%1”.</source>
        <translation>Il n&apos;existe pas d&apos;exportation du type «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a file to export to.</source>
        <translation>Choisissez le fichier de destination de l&apos;exportation.</translation>
    </message>
</context>
<context>
    <name>CsvImportService</name>
    <message>
        <location filename="../src/sync/csvimportservice.cpp" line="+35"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>L&apos;importation a été annulée&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Could not open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is larger than %2 MB. Split it into smaller files.</source>
        <translation>%1 dépasse %2 Mo. Divisez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Choose a column for: %1.</source>
        <translation>Choisissez une colonne pour&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Checking the rows…</source>
        <translation>Vérification des lignes…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Writing the rows…</source>
        <translation>Écriture des lignes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV import of %1</source>
        <translation>Importation CSV de %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database could not start the import.</source>
        <translation>La base de données n&apos;a pas pu démarrer l&apos;importation.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The database could not save the import; nothing was imported.</source>
        <translation>La base de données n&apos;a pas pu enregistrer l&apos;importation&#xa0;; rien n&apos;a été importé.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../src/core/csvreader.cpp" line="+117"/>
        <source>Line %1: a quoted field is never closed. Check that every &quot; that starts a field has a matching &quot; at its end.</source>
        <translation>Ligne %1&#xa0;: un champ entre guillemets n&apos;est jamais fermé. Vérifiez que chaque &quot; qui ouvre un champ a un &quot; correspondant à sa fin.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The file is encoded in UTF-16. Save it as CSV in UTF-8 and import it again.</source>
        <translation>Le fichier est encodé en UTF-16. Enregistrez-le au format CSV en UTF-8, puis importez-le de nouveau.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Line %1 is not valid UTF-8 (byte 0x%2), so the file is probably in another encoding such as Latin-1 or Windows-1252. Save it as CSV in UTF-8 and import it again.</source>
        <translation>La ligne %1 n&apos;est pas en UTF-8 valide (octet 0x%2)&#xa0;: le fichier utilise sans doute un autre encodage, comme Latin-1 ou Windows-1252. Enregistrez-le au format CSV en UTF-8, puis importez-le de nouveau.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file is empty: it has no header line.</source>
        <translation>Le fichier est vide&#xa0;: il n&apos;a pas de ligne d&apos;en-tête.</translation>
    </message>
</context>
<context>
    <name>CustomerRepository</name>
    <message>
        <location filename="../src/storage/customerrepository.cpp" line="+36"/>
        <source>read the customers</source>
        <translation>lire les clients</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../ui/dashboardpage.ui" line="+6"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+28"/>
        <location line="+14"/>
        <location line="+21"/>
        <location line="+14"/>
        <location line="+14"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Connection state</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bucket:</source>
        <translation>Seau&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rate-limit bucket usage</source>
        <translation>Remplissage du seau de limitation de débit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Level:</source>
        <translation>Niveau&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bucket level and size</source>
        <translation>Niveau et taille du seau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drip rate:</source>
        <translation>Débit d&apos;écoulement&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Drip rate</source>
        <translation>Débit d&apos;écoulement</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Orders:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Orders today</source>
        <translation>Commandes du jour</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Returns:</source>
        <translation>Retours&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Returns today</source>
        <translation>Retours du jour</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Failures:</source>
        <translation>Échecs&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Failures today</source>
        <translation>Échecs du jour</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time zone of the counts</source>
        <translation>Fuseau horaire des décomptes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sync jobs</source>
        <translation>Tâches de synchronisation</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Orders per day, last 30 days</source>
        <translation>Commandes par jour, 30 derniers jours</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Average run duration per day and job, last 30 days</source>
        <translation>Durée moyenne des exécutions par jour et par tâche, 30 derniers jours</translation>
    </message>
</context>
<context>
    <name>DashboardQueries</name>
    <message>
        <location filename="../src/storage/dashboardqueries.cpp" line="+81"/>
        <source>count today&apos;s orders</source>
        <translation>compter les commandes du jour</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>count today&apos;s returns</source>
        <translation>compter les retours du jour</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>count today&apos;s failed runs</source>
        <translation>compter les exécutions en échec du jour</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+20"/>
        <source>The chart covers at most %1 days, not %2.</source>
        <translation>Le graphique couvre au plus %1 jours, et non %2.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>count the orders per day</source>
        <translation>compter les commandes par jour</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>read the run durations</source>
        <translation>lire les durées d&apos;exécution</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>store the time zone of the shop</source>
        <translation>enregistrer le fuseau horaire de la boutique</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>read the time zone of the shop</source>
        <translation>lire le fuseau horaire de la boutique</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>explain the dashboard queries</source>
        <translation>obtenir le plan d&apos;exécution des requêtes du tableau de bord</translation>
    </message>
</context>
<context>
    <name>DatabaseProperties</name>
    <message>
        <location filename="../src/storage/databaseproperties.cpp" line="+31"/>
        <source>read the database&apos;s properties</source>
        <translation>lire les propriétés de la base de données</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>write the database&apos;s properties</source>
        <translation>écrire les propriétés de la base de données</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <location filename="../ui/demobanner.ui" line="+9"/>
        <location line="+24"/>
        <source>Demo information</source>
        <translation>Informations sur la démo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Demo &amp;Credentials…</source>
        <translation>&amp;Identifiants de démo…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shows the e-mail and password for the sandbox&apos;s Lightspeed login page.</source>
        <translation>Affiche le courriel et le mot de passe de la page de connexion Lightspeed du bac à sable.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show demo credentials</source>
        <translation>Afficher les identifiants de démo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hides this message. Help › Demo Credentials shows the details again.</source>
        <translation>Masque ce message. Aide › Identifiants de démo affiche de nouveau les détails.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dismiss demo information</source>
        <translation>Masquer les informations sur la démo</translation>
    </message>
</context>
<context>
    <name>DemoCatalogue</name>
    <message>
        <location filename="../src/sync/democatalogue.cpp" line="+62"/>
        <source>The sandbox&apos;s catalogue lists an item without an itemID.</source>
        <translation>Le catalogue du bac à sable contient un article sans itemID.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sandbox&apos;s catalogue lists no shop.</source>
        <translation>Le catalogue du bac à sable ne contient aucune boutique.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The sandbox did not send its catalogue (%1) within %2 seconds.</source>
        <translation>Le bac à sable n&apos;a pas envoyé son catalogue (%1) dans les %2 secondes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not read the sandbox&apos;s catalogue (%1): %2</source>
        <translation>Impossible de lire le catalogue du bac à sable (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sandbox&apos;s catalogue (%1) is not a JSON object. Check that the sandbox is the same version as POS Bridge.</source>
        <translation>Le catalogue du bac à sable (%1) n&apos;est pas un objet JSON. Vérifiez que le bac à sable est de la même version que POS Bridge.</translation>
    </message>
</context>
<context>
    <name>DemoCredentialsDialog</name>
    <message>
        <location filename="../ui/democredentialsdialog.ui" line="+6"/>
        <source>Demo Credentials</source>
        <translation>Identifiants de démo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This is a demo. POS Bridge works on a demo database and is connected to a Lightspeed sandbox that runs on this computer; nothing reaches a real Lightspeed account. Use Actions › Fetch Token, and on the Lightspeed login page sign in with the e-mail and password below.</source>
        <translation>Ceci est une démo. POS Bridge utilise une base de données de démo et il est connecté à un bac à sable Lightspeed qui s&apos;exécute sur cet ordinateur&#xa0;; rien n&apos;atteint un vrai compte Lightspeed. Utilisez Actions › Obtenir un jeton, puis, sur la page de connexion Lightspeed, connectez-vous avec le courriel et le mot de passe ci-dessous.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Login &amp;e-mail:</source>
        <translation>&amp;Courriel de connexion&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Login e-mail</source>
        <translation>Courriel de connexion</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Login &amp;password:</source>
        <translation>&amp;Mot de passe de connexion&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Login password</source>
        <translation>Mot de passe de connexion</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Sandbox:</source>
        <translation>&amp;Bac à sable&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The Lightspeed sandbox that this demo is connected to. Its start page lists what it emulates.</source>
        <translation>Le bac à sable Lightspeed auquel cette démo est connectée. Sa page d&apos;accueil liste ce qu&apos;il émule.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sandbox address</source>
        <translation>Adresse du bac à sable</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Demo &amp;database:</source>
        <translation>Base de &amp;données de démo&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The next demo run replaces this file with a fresh demo database. Your real database is never opened.</source>
        <translation>Le prochain lancement de la démo remplace ce fichier par une nouvelle base de données de démo. Votre vraie base de données n&apos;est jamais ouverte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demo database</source>
        <translation>Base de données de démo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sandbox &amp;log:</source>
        <translation>&amp;Journal du bac à sable&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sandbox log</source>
        <translation>Journal du bac à sable</translation>
    </message>
</context>
<context>
    <name>DemoDatabase</name>
    <message>
        <location filename="../src/sync/demodatabase.cpp" line="+43"/>
        <source>Could not delete the previous demo database file %1. Check the folder&apos;s permissions, or delete the file yourself.</source>
        <translation>Impossible de supprimer le fichier de l&apos;ancienne base de données de démo %1. Vérifiez les permissions du dossier ou supprimez le fichier vous-même.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is not a demo database, so the demo leaves it unchanged. Choose another file with --database, or run without --demo to open it.</source>
        <translation>%1 n&apos;est pas une base de données de démo&#xa0;: la démo ne la modifie pas. Choisissez un autre fichier avec --database, ou lancez l&apos;application sans --demo pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The previous demo database was kept because its secrets could not be deleted from the keychain. %1</source>
        <translation>L&apos;ancienne base de données de démo a été conservée, car ses secrets n&apos;ont pas pu être effacés du trousseau. %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The demo settings are not valid: %1</source>
        <translation>Les paramètres de la démo ne sont pas valides&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Could not save the demo database %1.</source>
        <translation>Impossible d&apos;enregistrer la base de données de démo %1.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The demo database %1 already exists.</source>
        <translation>La base de données de démo %1 existe déjà.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sandbox&apos;s catalogue lists no shop.</source>
        <translation>Le catalogue du bac à sable ne contient aucune boutique.</translation>
    </message>
</context>
<context>
    <name>DisableListingsDialog</name>
    <message>
        <location filename="../ui/disablelistingsdialog.ui" line="+6"/>
        <source>Disable Listing</source>
        <translation>Désactiver le référencement</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Their stock and prices are no longer synced. Their Lightspeed items stay as they are and old sales still find their products.</source>
        <translation>Leur stock et leurs prix ne sont plus synchronisés. Leurs articles Lightspeed restent tels quels et les anciennes ventes retrouvent toujours leurs produits.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Also &amp;archive their items on Lightspeed</source>
        <translation>&amp;Archiver aussi leurs articles dans Lightspeed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The next posting run archives the items; Lightspeed also sets their stock to zero.</source>
        <translation>La prochaine publication archive les articles&#xa0;; Lightspeed remet aussi leur stock à zéro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Archive the Lightspeed items</source>
        <translation>Archiver les articles Lightspeed</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/exportdialog.ui" line="+6"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;What:</source>
        <translation>&amp;Données&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The data to write to the CSV file.</source>
        <translation>Les données à écrire dans le fichier CSV.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data to export</source>
        <translation>Données à exporter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Company:</source>
        <translation>E&amp;ntreprise&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>One company, or all of them; each row names its company.</source>
        <translation>Une entreprise ou toutes&#xa0;; chaque ligne indique son entreprise.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Company to export</source>
        <translation>Entreprise à exporter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Period:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Between</source>
        <translation>En&amp;tre le</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exports only rows dated between the two days, both included (local time). Unticked, everything is exported.</source>
        <translation>N&apos;exporte que les lignes datées entre ces deux jours inclus (heure locale). Si la case est décochée, tout est exporté.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Limit the export to a period</source>
        <translation>Limiter l&apos;exportation à une période</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>First day of the period</source>
        <translation>Premier jour de la période</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>and</source>
        <translation>et le</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Last day of the period</source>
        <translation>Dernier jour de la période</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Separator:</source>
        <translation>&amp;Séparateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Spreadsheets in languages that write 1,5 expect semicolons between fields and a decimal comma.</source>
        <translation>Les tableurs des langues qui écrivent 1,5 attendent des points-virgules entre les champs et une virgule décimale.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Field separator</source>
        <translation>Séparateur de champs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mark the file as &amp;UTF-8 for spreadsheets</source>
        <translation>Marquer le fichier comme &amp;UTF-8 pour les tableurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starts the file with a byte order mark, so spreadsheets read accented letters correctly.</source>
        <translation>Commence le fichier par une marque d&apos;ordre des octets (BOM), pour que les tableurs lisent correctement les lettres accentuées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a UTF-8 byte order mark</source>
        <translation>Écrire une marque d&apos;ordre des octets UTF-8</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The CSV file to write. An existing file is replaced only when the export succeeds.</source>
        <translation>Le fichier CSV à écrire. Un fichier existant n&apos;est remplacé que si l&apos;exportation réussit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File to write</source>
        <translation>Fichier à écrire</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chooses the file in a file dialog.</source>
        <translation>Choisit le fichier dans une boîte de dialogue.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
</context>
<context>
    <name>FetchTokenDialog</name>
    <message>
        <location filename="../ui/fetchtokendialog.ui" line="+14"/>
        <source>Fetch Token — Lightspeed Login</source>
        <translation>Obtenir un jeton — Connexion à Lightspeed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fetch Token</source>
        <translation>Obtenir un jeton</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Site:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Site address</source>
        <translation>Adresse du site</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The site shown below. Check that it is the Lightspeed site you expect before you type your password.</source>
        <translation>Le site affiché ci-dessous. Vérifiez qu&apos;il s&apos;agit bien du site Lightspeed attendu avant de saisir votre mot de passe.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Page load progress</source>
        <translation>Progression du chargement de la page</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Load error</source>
        <translation>Erreur de chargement</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loads the Lightspeed login page again.</source>
        <translation>Recharge la page de connexion Lightspeed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lightspeed login page</source>
        <translation>Page de connexion Lightspeed</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../ui/importdialog.ui" line="+6"/>
        <source>Import CSV</source>
        <translation>Importer un fichier CSV</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Import:</source>
        <translation>&amp;Type de données&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What the file holds</source>
        <translation>Contenu du fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Products are created or updated by SKU. Stock rows set the quantity of a product in a named warehouse.</source>
        <translation>Les produits sont créés ou mis à jour d&apos;après leur SKU. Les lignes de stock fixent la quantité d&apos;un produit dans l&apos;entrepôt indiqué.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CSV file</source>
        <translation>Fichier CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A CSV file in UTF-8</source>
        <translation>Un fichier CSV en UTF-8</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the CSV file</source>
        <translation>Choisir le fichier CSV</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Délimiteur&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Field delimiter</source>
        <translation>Délimiteur de champs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The character between fields. With semicolons or tabs, numbers may also use a comma as the decimal point.</source>
        <translation>Le caractère placé entre les champs. Avec des points-virgules ou des tabulations, les nombres peuvent aussi utiliser la virgule comme séparateur décimal.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Column of each field</source>
        <translation>Colonne de chaque champ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The column that holds each field, chosen from the header names; change any that is wrong.</source>
        <translation>La colonne qui contient chaque champ, choisie d&apos;après les noms de l&apos;en-tête&#xa0;; corrigez celles qui sont erronées.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>First rows of the file</source>
        <translation>Premières lignes du fichier</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Problems found in the file</source>
        <translation>Problèmes trouvés dans le fichier</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Import only the &amp;valid rows and skip the others</source>
        <translation>Importer seulement les lignes &amp;valides et ignorer les autres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without this, a file with any invalid row is not imported at all.</source>
        <translation>Sinon, un fichier qui contient une seule ligne non valide n&apos;est pas importé du tout.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import only the valid rows</source>
        <translation>Importer seulement les lignes valides</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Import progress</source>
        <translation>Progression de l&apos;importation</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Copy Problems</source>
        <translation>&amp;Copier les problèmes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copies the problems as tab-separated text, for a spreadsheet or an e-mail.</source>
        <translation>Copie les problèmes sous forme de texte séparé par des tabulations, pour un tableur ou un courriel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the problems</source>
        <translation>Copier les problèmes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import the file</source>
        <translation>Importer le fichier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel Import</source>
        <translation>Annuler l&apos;importation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stops the import; nothing of it is kept.</source>
        <translation>Arrête l&apos;importation&#xa0;; rien n&apos;en est conservé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel the import</source>
        <translation>Annuler l&apos;importation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the dialog</source>
        <translation>Fermer la boîte de dialogue</translation>
    </message>
</context>
<context>
    <name>ImportSchema</name>
    <message>
        <location filename="../src/core/importschema.cpp" line="+62"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UPC</source>
        <translation>UPC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EAN</source>
        <translation>EAN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manufacturer SKU</source>
        <translation>SKU du fabricant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warehouse</source>
        <translation>Entrepôt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
</context>
<context>
    <name>ImportValidator</name>
    <message>
        <location filename="../src/core/importvalidator.cpp" line="+100"/>
        <location line="+65"/>
        <source>The SKU is empty.</source>
        <translation>Le SKU est vide.</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>The SKU is longer than %1 characters.</source>
        <translation>Le SKU dépasse %1 caractères.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The SKU “%1” is on more than one line (first on line %2); keep one of them.</source>
        <translation>Le SKU «&#xa0;%1&#xa0;» figure sur plusieurs lignes (la première est la ligne %2)&#xa0;; n&apos;en gardez qu&apos;une.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The name is longer than %1 characters.</source>
        <translation>Le nom dépasse %1 caractères.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name is empty, and a new product needs one.</source>
        <translation>Le nom est vide, alors qu&apos;un nouveau produit doit en avoir un.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not a barcode: use digits only.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code-barres&#xa0;: utilisez uniquement des chiffres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” has more than 14 digits.</source>
        <translation>«&#xa0;%1&#xa0;» compte plus de 14 chiffres.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The manufacturer SKU is longer than %1 characters.</source>
        <translation>Le SKU du fabricant dépasse %1 caractères.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No product has the SKU “%1”. Import the product first.</source>
        <translation>Aucun produit n&apos;a le SKU «&#xa0;%1&#xa0;». Importez d&apos;abord le produit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The warehouse is empty.</source>
        <translation>L&apos;entrepôt n&apos;est pas indiqué.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The company has no warehouse named “%1”. Its warehouses are: %2.</source>
        <translation>L&apos;entreprise n&apos;a pas d&apos;entrepôt nommé «&#xa0;%1&#xa0;». Ses entrepôts sont&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The SKU “%1” and warehouse “%2” are on more than one line (first on line %3); keep one of them.</source>
        <translation>Le SKU «&#xa0;%1&#xa0;» avec l&apos;entrepôt «&#xa0;%2&#xa0;» figure sur plusieurs lignes (la première est la ligne %3)&#xa0;; n&apos;en gardez qu&apos;une.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The quantity is empty.</source>
        <translation>La quantité est vide.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Write it like 12.50 or 12,50, without thousands separators or currency signs.</source>
        <translation>Écrivez-le comme 12.50 ou 12,50, sans séparateur de milliers ni symbole monétaire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write it like 12.50, with a point and without thousands separators or currency signs.</source>
        <translation>Écrivez-le comme 12.50, avec un point, sans séparateur de milliers ni symbole monétaire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a number. %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre. %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is negative; it must be 0 or more.</source>
        <translation>%1 est négatif&#xa0;; la valeur doit être supérieure ou égale à 0.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is out of range; amounts must lie between -%2 and %2.</source>
        <translation>%1 est hors limites&#xa0;: les montants doivent être compris entre -%2 et %2.</translation>
    </message>
</context>
<context>
    <name>ImportWriter</name>
    <message>
        <location filename="../src/storage/importwriter.cpp" line="+63"/>
        <source>read the products</source>
        <translation>lire les produits</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>prepare the import</source>
        <translation>préparer l&apos;importation</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>add the product with SKU “%1” (line %2)</source>
        <translation>ajouter le produit de SKU «&#xa0;%1&#xa0;» (ligne %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>read the product with SKU “%1” (line %2)</source>
        <translation>lire le produit de SKU «&#xa0;%1&#xa0;» (ligne %2)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>update the product with SKU “%1” (line %2)</source>
        <translation>mettre à jour le produit de SKU «&#xa0;%1&#xa0;» (ligne %2)</translation>
    </message>
</context>
<context>
    <name>InventoryUploadJob</name>
    <message>
        <location filename="../src/sync/inventoryuploadjob.cpp" line="+14"/>
        <source>Choose the Lightspeed shop in the General Settings first.</source>
        <translation>Choisissez d&apos;abord la boutique Lightspeed dans les paramètres généraux.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No stock changed</source>
        <translation>Aucun stock n&apos;a changé</translation>
    </message>
</context>
<context>
    <name>ItemRematcher</name>
    <message>
        <location filename="../src/storage/itemrematcher.cpp" line="+25"/>
        <source>look up the product</source>
        <translation>rechercher le produit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The product no longer exists in this company.</source>
        <translation>Le produit n&apos;existe plus dans cette entreprise.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>find the order lines of the item</source>
        <translation>trouver les lignes de commande de l&apos;article</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The database could not save the match; nothing was changed.</source>
        <translation>La base de données n&apos;a pas pu enregistrer la correspondance&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>ItemResolver</name>
    <message>
        <location filename="../src/sync/itemresolver.cpp" line="+72"/>
        <source>Lightspeed does not know item %1.</source>
        <translation>Lightspeed ne connaît pas l&apos;article %1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No product shares an identifier with item %1 (%2).</source>
        <translation>Aucun produit n&apos;a d&apos;identifiant en commun avec l&apos;article %1 (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 products match item %2 (%3) on %4; choose one on the Listings page.</source>
        <translation>%1 produits correspondent à l&apos;article %2 (%3) sur %4&#xa0;; choisissez-en un dans la page Référencements.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Item %1 matches product %2 on %3, which is linked to item %4; the link is unchanged.</source>
        <translation>L&apos;article %1 correspond au produit %2 sur %3, qui est lié à l&apos;article %4&#xa0;; le lien n&apos;a pas changé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Item %1 matched product %2 on %3 and is now linked.</source>
        <translation>L&apos;article %1 correspond au produit %2 sur %3 et il est maintenant lié.</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message numerus="yes">
        <location filename="../src/sync/jobrunner.cpp" line="+96"/>
        <source>%n items failed; see the run&apos;s events.</source>
        <translation>
            <numerusform>%n article en échec&#xa0;; consultez les événements de l&apos;exécution.</numerusform>
            <numerusform>%n articles en échec&#xa0;; consultez les événements de l&apos;exécution.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled.</source>
        <translation>Annulée.</translation>
    </message>
</context>
<context>
    <name>JsonRecordReader</name>
    <message>
        <location filename="../src/lightspeed/jsonrecordreader.cpp" line="+20"/>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a positive ID</source>
        <translation>pas un ID positif</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not an integer</source>
        <translation>pas un entier</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not true or false</source>
        <translation>ni true ni false</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not a decimal number</source>
        <translation>pas un nombre décimal</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not an ISO 8601 time</source>
        <translation>pas une heure ISO 8601</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lightspeed sent a %1 record that cannot be read: field %2 is %3.</source>
        <translation>Lightspeed a envoyé un enregistrement %1 illisible&#xa0;: le champ %2 est %3.</translation>
    </message>
</context>
<context>
    <name>JwtClaims</name>
    <message>
        <location filename="../src/lightspeed/jwtclaims.cpp" line="+18"/>
        <source>The access token from Lightspeed is not readable. Fetch Token again.</source>
        <translation>Le jeton d&apos;accès de Lightspeed est illisible. Obtenez un nouveau jeton.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <location filename="../src/secrets/keychainsecretstore.cpp" line="+37"/>
        <source>The keychain denied access to the Lightspeed secrets. Unlock the keychain (for example your login keyring) and try again.</source>
        <translation>Le trousseau a refusé l&apos;accès aux secrets Lightspeed. Déverrouillez le trousseau (par exemple votre trousseau de session) et réessayez.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../src/secrets/memorysecretstore.cpp" line="+40"/>
        <source>No keychain service is available, so the Client Secret and tokens cannot be stored. Start a Secret Service such as GNOME Keyring or KWallet, then try again.</source>
        <translation>Aucun service de trousseau n&apos;est disponible&#xa0;: le Client Secret et les jetons ne peuvent pas être enregistrés. Démarrez un service Secret Service, comme GNOME Keyring ou KWallet, puis réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain reported an error: %1</source>
        <translation>Le trousseau a signalé une erreur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ListingExport</name>
    <message>
        <location filename="../src/sync/listingexport.cpp" line="+35"/>
        <source>not listed</source>
        <translation>non référencé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>linked</source>
        <translation>lié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pending update</source>
        <translation>mise à jour en attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs a choice</source>
        <translation>choix requis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Listings</source>
        <translation>Référencements</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+58"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listing</source>
        <translation>Référencement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item ID</source>
        <translation>ID d&apos;article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System SKU</source>
        <translation>SKU système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item custom SKU</source>
        <translation>SKU personnalisé de l&apos;article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item UPC</source>
        <translation>UPC de l&apos;article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Stock levels</source>
        <translation>Niveaux de stock</translation>
    </message>
</context>
<context>
    <name>ListingQueries</name>
    <message>
        <location filename="../src/storage/listingqueries.cpp" line="+136"/>
        <source>list the listings</source>
        <translation>lister les référencements</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>count the listings</source>
        <translation>compter les référencements</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>read the listings</source>
        <translation>lire les référencements</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>read the matching items</source>
        <translation>lire les articles correspondants</translation>
    </message>
</context>
<context>
    <name>ListingRepository</name>
    <message>
        <location filename="../src/storage/listingrepository.cpp" line="+75"/>
        <source>read the listing</source>
        <translation>lire le référencement</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+30"/>
        <location line="+21"/>
        <source>read the listings</source>
        <translation>lire les référencements</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>list the listings</source>
        <translation>lister les référencements</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>save the listing</source>
        <translation>enregistrer le référencement</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>record the published quantity</source>
        <translation>enregistrer la quantité publiée</translation>
    </message>
</context>
<context>
    <name>ListingsPage</name>
    <message>
        <location filename="../ui/listingspage.ui" line="+6"/>
        <source>Listings</source>
        <translation>Référencements</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Products enabled here are posted to this company&apos;s Lightspeed shop: matched to an existing item by the SKU matching order, or created. Changes to their name, price or cost are pushed at the next posting run.</source>
        <translation>Les produits activés ici sont publiés dans la boutique Lightspeed de cette entreprise&#xa0;: associés à un article existant selon l&apos;ordre de correspondance des SKU, ou créés. Les modifications de leur nom, de leur prix ou de leur coût sont envoyées à la prochaine publication.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Listing state filter</source>
        <translation>Filtre par état du référencement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shows only the products whose listing is in this state.</source>
        <translation>N&apos;affiche que les produits dont le référencement est dans cet état.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search by SKU, name, barcode or item ID</source>
        <translation>Rechercher par SKU, nom, code-barres ou ID d&apos;article</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search products</source>
        <translation>Rechercher des produits</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Number of products shown</source>
        <translation>Nombre de produits affichés</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Products and their listings</source>
        <translation>Produits et leurs référencements</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Enable</source>
        <translation>Act&amp;iver</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enables the selected products for listing and posts them.</source>
        <translation>Active le référencement des produits sélectionnés et les publie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enable listing</source>
        <translation>Activer le référencement</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Disable…</source>
        <translation>&amp;Désactiver…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stops syncing the selected products, and archives their Lightspeed items if you ask.</source>
        <translation>Arrête la synchronisation des produits sélectionnés et, si vous le demandez, archive leurs articles Lightspeed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disable listing</source>
        <translation>Désactiver le référencement</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Post Now</source>
        <translation>&amp;Publier maintenant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Posts the selected enabled products now; products in error are tried again.</source>
        <translation>Publie maintenant les produits activés sélectionnés&#xa0;; les produits en erreur sont retentés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Post now</source>
        <translation>Publier maintenant</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Choose Item…</source>
        <translation>&amp;Choisir l&apos;article…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Links a product that matches several Lightspeed items to one of them.</source>
        <translation>Lie un produit qui correspond à plusieurs articles Lightspeed à l&apos;un d&apos;eux.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the matching item</source>
        <translation>Choisir l&apos;article correspondant</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Unlink…</source>
        <translation>Dé&amp;lier…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drops the link between the selected products and their Lightspeed items, and disables their listings.</source>
        <translation>Supprime le lien entre les produits sélectionnés et leurs articles Lightspeed, et désactive leur référencement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlink from Lightspeed items</source>
        <translation>Délier des articles Lightspeed</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.ui" line="+6"/>
        <source>POS Bridge[*]</source>
        <translation>POS Bridge[*]</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Companies</source>
        <translation>&amp;Entreprises</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Companies</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The companies of the back office. Select one to see its Lightspeed settings.</source>
        <translation>Les entreprises du back-office. Sélectionnez-en une pour voir ses paramètres Lightspeed.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Add…</source>
        <translation>Aj&amp;outer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+140"/>
        <source>Adds a company.</source>
        <translation>Ajoute une entreprise.</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Add company</source>
        <translation>Ajouter une entreprise</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Renames the selected company.</source>
        <translation>Renomme l&apos;entreprise sélectionnée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename company</source>
        <translation>Renommer l&apos;entreprise</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remo&amp;ve…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removes the selected company, its settings and its secrets.</source>
        <translation>Supprime l&apos;entreprise sélectionnée, ses paramètres et ses secrets.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove company</source>
        <translation>Supprimer l&apos;entreprise</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Add a company to configure its Lightspeed connection.</source>
        <translation>Ajoutez une entreprise pour configurer sa connexion à Lightspeed.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Company pages</source>
        <translation>Pages de l&apos;entreprise</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Actions</source>
        <translation>&amp;Actions</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;New Company…</source>
        <translation>&amp;Nouvelle entreprise…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imports products or stock of the selected company from a CSV file.</source>
        <translation>Importe des produits ou du stock de l&apos;entreprise sélectionnée à partir d&apos;un fichier CSV.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writes orders, returns or the sync history to a CSV file.</source>
        <translation>Écrit les commandes, les retours ou l&apos;historique de synchronisation dans un fichier CSV.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closes POS Bridge.</source>
        <translation>Ferme POS Bridge.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Fetch Token…</source>
        <translation>&amp;Obtenir un jeton…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signs in to Lightspeed in an embedded browser and stores the tokens.</source>
        <translation>Se connecte à Lightspeed dans un navigateur intégré et enregistre les jetons.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sync &amp;Orders Now</source>
        <translation>Synchroniser les &amp;commandes maintenant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Downloads new Lightspeed sales as orders now.</source>
        <translation>Télécharge maintenant les nouvelles ventes Lightspeed sous forme de commandes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Upload Inventory Now</source>
        <translation>&amp;Envoyer le stock maintenant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publishes the Selling Warehouse&apos;s stock to Lightspeed now.</source>
        <translation>Publie maintenant le stock de l&apos;entrepôt de vente dans Lightspeed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Post Products Now</source>
        <translation>&amp;Publier les produits maintenant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Creates and updates the listed products on Lightspeed now.</source>
        <translation>Crée et met à jour maintenant les produits référencés dans Lightspeed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checks the Lightspeed connection and shows the account, shops and rate-limit level.</source>
        <translation>Vérifie la connexion à Lightspeed et affiche le compte, les boutiques et le niveau de la limite de débit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Disconnect…</source>
        <translation>&amp;Déconnecter…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revokes the Lightspeed authorization and deletes the stored tokens.</source>
        <translation>Révoque l&apos;autorisation Lightspeed et supprime les jetons enregistrés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;About POS Bridge</source>
        <translation>À &amp;propos de POS Bridge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shows the version and the licences of the bundled libraries.</source>
        <translation>Affiche la version et les licences des bibliothèques fournies.</translation>
    </message>
</context>
<context>
    <name>OAuthCallback</name>
    <message>
        <location filename="../src/lightspeed/oauthcallback.cpp" line="+123"/>
        <source>The authorization was declined in Lightspeed. Fetch Token again and choose &quot;Authorize Application&quot; to connect.</source>
        <translation>L&apos;autorisation a été refusée dans Lightspeed. Obtenez un nouveau jeton et choisissez «&#xa0;Authorize Application&#xa0;» pour vous connecter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lightspeed rejected the requested scopes: %1. Check the scopes under Advanced.</source>
        <translation>Lightspeed a rejeté les portées demandées&#xa0;: %1. Vérifiez les portées sous Avancé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lightspeed reported an authorization error (%1): %2. Fetch Token to try again.</source>
        <translation>Lightspeed a signalé une erreur d&apos;autorisation (%1)&#xa0;: %2. Obtenez un nouveau jeton pour réessayer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lightspeed reported the authorization error %1. Fetch Token to try again.</source>
        <translation>Lightspeed a signalé l&apos;erreur d&apos;autorisation %1. Obtenez un nouveau jeton pour réessayer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The authorization response did not carry the state this app sent, so it may be forged and was ignored. Fetch Token again.</source>
        <translation>La réponse d&apos;autorisation ne contenait pas l&apos;état (state) envoyé par l&apos;application&#xa0;: elle est peut-être falsifiée et a été ignorée. Obtenez un nouveau jeton.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The authorization response carried no authorization code. Fetch Token again.</source>
        <translation>La réponse d&apos;autorisation ne contenait aucun code d&apos;autorisation. Obtenez un nouveau jeton.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The authorization response repeated a parameter, so it was ignored. Fetch Token again.</source>
        <translation>La réponse d&apos;autorisation répétait un paramètre&#xa0;: elle a été ignorée. Obtenez un nouveau jeton.</translation>
    </message>
</context>
<context>
    <name>OrderDownloadJob</name>
    <message>
        <location filename="../src/sync/orderdownloadjob.cpp" line="+95"/>
        <source>Choose the Lightspeed shop in the General Settings first.</source>
        <translation>Choisissez d&apos;abord la boutique Lightspeed dans les paramètres généraux.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reading sales changed since %1</source>
        <translation>Lecture des ventes modifiées depuis le %1</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <location line="+45"/>
        <source>%n sales read</source>
        <translation>
            <numerusform>%n vente lue</numerusform>
            <numerusform>%n ventes lues</numerusform>
        </translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Could not start a database transaction for the downloaded sales.</source>
        <translation>Impossible de démarrer une transaction de base de données pour les ventes téléchargées.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Skipped: the sale is not completed yet. It is imported once it is.</source>
        <translation>Ignorée&#xa0;: la vente n&apos;est pas encore finalisée. Elle sera importée dès qu&apos;elle le sera.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Voided in Lightspeed: the order is cancelled and its stock moves are reversed.</source>
        <translation>Annulée dans Lightspeed&#xa0;: la commande est annulée et ses mouvements de stock sont contrepassés.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skipped: the sale was voided before it was downloaded.</source>
        <translation>Ignorée&#xa0;: la vente a été annulée avant d&apos;être téléchargée.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Imported as an order, without stock moves: the stock was counted after this sale.</source>
        <translation>Importée comme commande, sans mouvement de stock&#xa0;: le stock a été compté après cette vente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported as an order.</source>
        <translation>Importée comme commande.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sale %1: imported as an unknown item. %2</source>
        <translation>Vente %1&#xa0;: importée comme article inconnu. %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not store the downloaded sales.</source>
        <translation>Impossible d&apos;enregistrer les ventes téléchargées.</translation>
    </message>
</context>
<context>
    <name>OrderQueries</name>
    <message>
        <location filename="../src/storage/orderqueries.cpp" line="+254"/>
        <location line="+4"/>
        <source>explain an order query</source>
        <translation>expliquer une requête sur les commandes</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>list the orders</source>
        <translation>lister les commandes</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>count the orders</source>
        <translation>compter les commandes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>count the order lines</source>
        <translation>compter les lignes de commande</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>read the lines of the order</source>
        <translation>lire les lignes de la commande</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>list the returns</source>
        <translation>lister les retours</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>count the returns</source>
        <translation>compter les retours</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>read the orders</source>
        <translation>lire les commandes</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>read the order lines</source>
        <translation>lire les lignes de commande</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>read the returns</source>
        <translation>lire les retours</translation>
    </message>
</context>
<context>
    <name>OrderRepository</name>
    <message>
        <location filename="../src/storage/orderrepository.cpp" line="+46"/>
        <location line="+274"/>
        <source>look up the order</source>
        <translation>rechercher la commande</translation>
    </message>
    <message>
        <location line="-256"/>
        <source>look up the customer</source>
        <translation>rechercher le client</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>update the customer</source>
        <translation>mettre à jour le client</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>add the customer</source>
        <translation>ajouter le client</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>store the order</source>
        <translation>enregistrer la commande</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>store the order line</source>
        <translation>enregistrer la ligne de commande</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>store the payment</source>
        <translation>enregistrer le paiement</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>look up the refunded line</source>
        <translation>rechercher la ligne remboursée</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>store the return</source>
        <translation>enregistrer le retour</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>update the order</source>
        <translation>mettre à jour la commande</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Sale %1 voided</source>
        <translation>Vente %1 annulée</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cancel the order</source>
        <translation>annuler la commande</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cancel the order&apos;s returns</source>
        <translation>annuler les retours de la commande</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>look up the order line</source>
        <translation>rechercher la ligne de commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The order line no longer exists.</source>
        <translation>La ligne de commande n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>link the order line</source>
        <translation>lier la ligne de commande</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>update the return</source>
        <translation>mettre à jour le retour</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>read the order</source>
        <translation>lire la commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The order no longer exists.</source>
        <translation>La commande n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>read the order lines</source>
        <translation>lire les lignes de commande</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>read the payments</source>
        <translation>lire les paiements</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <location filename="../ui/orderspage.ui" line="+6"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sale ID, ticket or reference number</source>
        <translation>ID de vente, numéro de ticket ou de référence</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shows the order whose Lightspeed sale ID, ticket number or reference number is exactly this text.</source>
        <translation>Affiche la commande dont l&apos;ID de vente Lightspeed, le numéro de ticket ou le numéro de référence est exactement ce texte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search by sale ID, ticket or reference number</source>
        <translation>Rechercher par ID de vente, numéro de ticket ou de référence</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Completed orders, or orders cancelled because their sale was voided.</source>
        <translation>Les commandes finalisées, ou les commandes annulées parce que leur vente a été annulée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status filter</source>
        <translation>Filtre par statut</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Unknown items only</source>
        <translation>Articles &amp;inconnus seulement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shows only orders with lines whose Lightspeed item matched no product.</source>
        <translation>N&apos;affiche que les commandes dont des lignes ont un article Lightspeed qui ne correspond à aucun produit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only orders with unknown items</source>
        <translation>Afficher seulement les commandes avec des articles inconnus</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Between</source>
        <translation>En&amp;tre le</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shows orders completed, and returns booked, between the two dates, both included (local time).</source>
        <translation>Affiche les commandes finalisées et les retours comptabilisés entre ces deux dates incluses (heure locale).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by date</source>
        <translation>Filtrer par date</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>First date</source>
        <translation>Première date</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>and</source>
        <translation>et le</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Last date</source>
        <translation>Dernière date</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Number of matching orders</source>
        <translation>Nombre de commandes correspondantes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;fresh</source>
        <translation>Actualise&amp;r</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reads the orders and returns again, newest first.</source>
        <translation>Relit les commandes et les retours, les plus récents en premier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh orders</source>
        <translation>Actualiser les commandes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Orders and returns</source>
        <translation>Commandes et retours</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ord&amp;ers</source>
        <translation>Co&amp;mmandes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Downloaded orders</source>
        <translation>Commandes téléchargées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One row per downloaded Lightspeed sale, newest first. Select an order to see its lines.</source>
        <translation>Une ligne par vente Lightspeed téléchargée, la plus récente en premier. Sélectionnez une commande pour voir ses lignes.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Select an order to see its lines.</source>
        <translation>Sélectionnez une commande pour voir ses lignes.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Selected order</source>
        <translation>Commande sélectionnée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lines of the selected order</source>
        <translation>Lignes de la commande sélectionnée</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Resolve Unknown Item…</source>
        <translation>Résoudre l&apos;&amp;article inconnu…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Links the Lightspeed item of the selected unknown line to a product. Every unknown line of that item is then booked, and later sales of it find the product.</source>
        <translation>Lie l&apos;article Lightspeed de la ligne inconnue sélectionnée à un produit. Toutes les lignes inconnues de cet article sont alors comptabilisées, et ses ventes futures retrouvent le produit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolve the unknown item</source>
        <translation>Résoudre l&apos;article inconnu</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Returns</source>
        <translation>R&amp;etours</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Returns</source>
        <translation>Retours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refunded units booked into the Returns Warehouse, newest first.</source>
        <translation>Unités remboursées comptabilisées dans l&apos;entrepôt des retours, les plus récentes en premier.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Orders status</source>
        <translation>État des commandes</translation>
    </message>
</context>
<context>
    <name>PageLoadFailure</name>
    <message>
        <location filename="../src/gui/webview/pageloadfailure.cpp" line="+26"/>
        <source>its TLS certificate is not valid</source>
        <translation>son certificat TLS n&apos;est pas valide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its TLS certificate is not valid: %1</source>
        <translation>son certificat TLS n&apos;est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server refused the connection</source>
        <translation>le serveur a refusé la connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the host name could not be found</source>
        <translation>le nom d&apos;hôte est introuvable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this computer is not connected to the internet</source>
        <translation>cet ordinateur n&apos;est pas connecté à Internet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the connection timed out</source>
        <translation>le délai de connexion a expiré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server closed the connection</source>
        <translation>le serveur a fermé la connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the address cannot be reached from this computer</source>
        <translation>l&apos;adresse est injoignable depuis cet ordinateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the secure (TLS) connection failed</source>
        <translation>la connexion sécurisée (TLS) a échoué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the browser does not allow connections to this port</source>
        <translation>le navigateur n&apos;autorise pas les connexions à ce port</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>error %1</source>
        <translation>erreur %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not open the Lightspeed page at %1: %2%3. Check the Authorize URL under Advanced and this computer&apos;s connection, then click Retry.</source>
        <translation>Impossible d&apos;ouvrir la page Lightspeed à l&apos;adresse %1&#xa0;: %2%3. Vérifiez l&apos;URL d&apos;autorisation sous Avancé et la connexion de cet ordinateur, puis cliquez sur Réessayer.</translation>
    </message>
</context>
<context>
    <name>PostingRepository</name>
    <message>
        <location filename="../src/storage/postingrepository.cpp" line="+77"/>
        <source>release the held products</source>
        <translation>libérer les produits retenus</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+9"/>
        <source>enable the listings</source>
        <translation>activer les référencements</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>disable the listings</source>
        <translation>désactiver les référencements</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+29"/>
        <location line="+35"/>
        <location line="+23"/>
        <source>The database could not save the listings.</source>
        <translation>La base de données n&apos;a pas pu enregistrer les référencements.</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+10"/>
        <source>unlink the items</source>
        <translation>délier les articles</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>read the matching items</source>
        <translation>lire les articles correspondants</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item %1 is no longer one of the matching items. Reload the list.</source>
        <translation>L&apos;article %1 ne fait plus partie des articles correspondants. Rechargez la liste.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>retry the listings</source>
        <translation>retenter les référencements</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>find the changed products</source>
        <translation>trouver les produits modifiés</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>put the retried listings back in line</source>
        <translation>remettre en file d&apos;attente les référencements retentés</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>read the listings to post</source>
        <translation>lire les référencements à publier</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+6"/>
        <source>link the listing</source>
        <translation>lier le référencement</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+20"/>
        <location line="+11"/>
        <source>record the matching items</source>
        <translation>enregistrer les articles correspondants</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+10"/>
        <source>record the listing&apos;s error</source>
        <translation>enregistrer l&apos;erreur du référencement</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>record the pushed update</source>
        <translation>enregistrer la mise à jour envoyée</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>record the create request</source>
        <translation>enregistrer la demande de création</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>record the archived item</source>
        <translation>enregistrer l&apos;article archivé</translation>
    </message>
</context>
<context>
    <name>ProductPickerDialog</name>
    <message>
        <location filename="../ui/productpickerdialog.ui" line="+6"/>
        <source>Choose a Product</source>
        <translation>Choisir un produit</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Search by SKU, name or barcode</source>
        <translation>Rechercher par SKU, nom ou code-barres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search products</source>
        <translation>Rechercher des produits</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
</context>
<context>
    <name>ProductPostingJob</name>
    <message>
        <location filename="../src/sync/productpostingjob.cpp" line="+124"/>
        <source>Lightspeed POS Enabled is off, so no product was posted.</source>
        <translation>L&apos;option Activer Lightspeed POS est décochée&#xa0;: aucun produit n&apos;a été publié.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 created, %2 linked or updated, %3 waiting for a choice, %4 failed.</source>
        <translation>Créés&#xa0;: %1&#xa0;; liés ou mis à jour&#xa0;: %2&#xa0;; en attente d&apos;un choix&#xa0;: %3&#xa0;; en échec&#xa0;: %4.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>archive item %1</source>
        <translation>archiver l&apos;article %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Archived Lightspeed item %1 of SKU %2.</source>
        <translation>Article Lightspeed %1 (SKU %2) archivé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lightspeed item %1 of SKU %2 no longer exists; the link was dropped.</source>
        <translation>L&apos;article Lightspeed %1 (SKU %2) n&apos;existe plus&#xa0;; le lien a été supprimé.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Posting %1</source>
        <translation>Publication de %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>look up SKU %1</source>
        <translation>rechercher le SKU %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>match SKU %1</source>
        <translation>associer le SKU %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 Lightspeed items match SKU %2 (items %3). Choose one on the Listings page.</source>
        <translation>%1 articles Lightspeed correspondent au SKU %2 (articles %3). Choisissez-en un dans la page Référencements.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Created Lightspeed item %1 for SKU %2.</source>
        <translation>Article Lightspeed %1 créé pour le SKU %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+8"/>
        <source>create SKU %1</source>
        <translation>créer le SKU %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Found Lightspeed item %1 for SKU %2, created by an earlier request; linked it.</source>
        <translation>Article Lightspeed %1 trouvé pour le SKU %2, créé par une requête précédente&#xa0;; il a été lié.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Linked SKU %1 to the existing Lightspeed item %2.</source>
        <translation>SKU %1 lié à l&apos;article Lightspeed existant %2.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Updating %1</source>
        <translation>Mise à jour de %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>price</source>
        <translation>prix</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cost</source>
        <translation>coût</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lightspeed item %1 no longer exists. Unlink the product to create or match it again.</source>
        <translation>L&apos;article Lightspeed %1 n&apos;existe plus. Déliez le produit pour le créer ou l&apos;associer de nouveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>update item %1</source>
        <translation>mettre à jour l&apos;article %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Updated the %1 of Lightspeed item %2 (SKU %3).</source>
        <translation>Article Lightspeed %2 (SKU %3) mis à jour&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not %1; it is tried again at the next run: %2</source>
        <translation>Impossible de %1&#xa0;; nouvelle tentative à la prochaine exécution&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stopped after %1 failures in a row: %2</source>
        <translation>Arrêt après %1 échecs consécutifs&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not %1: %2</source>
        <translation>Impossible de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The run was cancelled.</source>
        <translation>L&apos;exécution a été annulée.</translation>
    </message>
</context>
<context>
    <name>ProductRepository</name>
    <message>
        <location filename="../src/storage/productrepository.cpp" line="+65"/>
        <source>The SKU is missing.</source>
        <translation>Le SKU est absent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is missing.</source>
        <translation>Le nom est absent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1…” is longer than %2 characters.</source>
        <translation>«&#xa0;%1…&#xa0;» dépasse %2 caractères.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The price cannot be negative.</source>
        <translation>Le prix ne peut pas être négatif.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cost cannot be negative.</source>
        <translation>Le coût ne peut pas être négatif.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+14"/>
        <source>read the product</source>
        <translation>lire le produit</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+102"/>
        <source>The product no longer exists.</source>
        <translation>Le produit n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>read the products</source>
        <translation>lire les produits</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>list the products</source>
        <translation>lister les produits</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>count the products</source>
        <translation>compter les produits</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A product with the SKU “%1” already exists.</source>
        <translation>Un produit avec le SKU «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add the product</source>
        <translation>ajouter le produit</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>update the product</source>
        <translation>mettre à jour le produit</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>remove the product</source>
        <translation>supprimer le produit</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>look up matching products</source>
        <translation>rechercher les produits correspondants</translation>
    </message>
</context>
<context>
    <name>RateLimiter</name>
    <message>
        <location filename="../src/lightspeed/ratelimiter.cpp" line="+59"/>
        <source>The request to Lightspeed was cancelled.</source>
        <translation>La requête à Lightspeed a été annulée.</translation>
    </message>
</context>
<context>
    <name>ReconciliationJob</name>
    <message>
        <location filename="../src/sync/reconciliationjob.cpp" line="+24"/>
        <source>Choose the Lightspeed shop in the General Settings first.</source>
        <translation>Choisissez d&apos;abord la boutique Lightspeed dans les paramètres généraux.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Lightspeed has no stock row of item %1 for the shop; the item may be archived.</source>
        <translation>Lightspeed n&apos;a pas de ligne de stock de l&apos;article %1 pour la boutique&#xa0;; l&apos;article est peut-être archivé.</translation>
    </message>
</context>
<context>
    <name>RetailApi</name>
    <message>
        <location filename="../src/lightspeed/retailapi.cpp" line="+91"/>
        <source>The Lightspeed token gives access to no account.</source>
        <translation>Le jeton Lightspeed ne donne accès à aucun compte.</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Lightspeed cannot hold a negative quantity (%1) for item %2.</source>
        <translation>Lightspeed ne peut pas enregistrer une quantité négative (%1) pour l&apos;article %2.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../ui/settingspage.ui" line="+6"/>
        <source>General Settings</source>
        <translation>Paramètres généraux</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dismiss message</source>
        <translation>Masquer le message</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+6"/>
        <source>Lightspeed POS Enabled</source>
        <translation>Activer Lightspeed POS</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Makes this company&apos;s products available for Lightspeed listing. Nothing syncs while it is off.</source>
        <translation>Rend les produits de cette entreprise disponibles pour le référencement Lightspeed. Rien n&apos;est synchronisé tant que cette option est désactivée.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+43"/>
        <location line="+46"/>
        <location line="+46"/>
        <location line="+49"/>
        <location line="+49"/>
        <location line="+46"/>
        <location line="+52"/>
        <location line="+52"/>
        <location line="+68"/>
        <location line="+49"/>
        <location line="+36"/>
        <location line="+36"/>
        <location line="+84"/>
        <location line="+87"/>
        <location line="+52"/>
        <location line="+52"/>
        <location line="+52"/>
        <location line="+52"/>
        <location line="+52"/>
        <location line="+52"/>
        <location line="+81"/>
        <location line="+43"/>
        <location line="+43"/>
        <location line="+43"/>
        <location line="+43"/>
        <source>Validation message</source>
        <translation>Message de validation</translation>
    </message>
    <message>
        <location line="-1299"/>
        <source>Client &amp;ID:</source>
        <translation>Client &amp;ID&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Client ID of your Lightspeed API client.</source>
        <translation>Le Client ID de votre client API Lightspeed.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Client &amp;Secret:</source>
        <translation>Client &amp;Secret&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Client Secret</source>
        <translation>Client Secret</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Client Secret of your Lightspeed API client. It is stored only in the system keychain.</source>
        <translation>Le Client Secret de votre client API Lightspeed. Il est enregistré uniquement dans le trousseau du système.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;AccountID:</source>
        <translation>&amp;AccountID&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>AccountID</source>
        <translation>AccountID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your Lightspeed account number. Fetch Token fills it in when it is empty.</source>
        <translation>Votre numéro de compte Lightspeed. Obtenir un jeton le remplit s&apos;il est vide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filled in by Fetch Token</source>
        <translation>Rempli par Obtenir un jeton</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Shop &amp;Name:</source>
        <translation>No&amp;m de la boutique&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Shop Name</source>
        <translation>Nom de la boutique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Lightspeed shop this company sells through. Type its name, or pick it from the list once connected.</source>
        <translation>La boutique Lightspeed par laquelle cette entreprise vend. Saisissez son nom, ou choisissez-la dans la liste une fois connecté.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Lightspeed &amp;EmployeeID:</source>
        <translation>Emplo&amp;yeeID Lightspeed&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Lightspeed EmployeeID</source>
        <translation>EmployeeID Lightspeed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The employee recorded on writes that take one. The list fills in once connected.</source>
        <translation>L&apos;employé inscrit dans les écritures qui en demandent un. La liste se remplit une fois connecté.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Redirect URI:</source>
        <translation>&amp;Redirect URI&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Redirect URI</source>
        <translation>Redirect URI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Redirect URI registered for your Lightspeed API client. It must use https, except on this computer.</source>
        <translation>La Redirect URI enregistrée pour votre client API Lightspeed. Elle doit utiliser https, sauf sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Auth Token:</source>
        <translation>Jeton d&apos;accès&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Auth Token</source>
        <translation>Jeton d&apos;accès</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The access token, kept in the system keychain. Fetch Token fills it in.</source>
        <translation>Le jeton d&apos;accès, conservé dans le trousseau du système. Obtenir un jeton le remplit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+52"/>
        <location line="+52"/>
        <source>Fills in automatically</source>
        <translation>Rempli automatiquement</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Refresh Token:</source>
        <translation>Jeton d&apos;actualisation&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Refresh Token</source>
        <translation>Jeton d&apos;actualisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The refresh token, kept in the system keychain. Fetch Token fills it in.</source>
        <translation>Le jeton d&apos;actualisation, conservé dans le trousseau du système. Obtenir un jeton le remplit.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Token Received On:</source>
        <translation>Jeton reçu le&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Token Received On</source>
        <translation>Jeton reçu le</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When the current token was received, in your local time.</source>
        <translation>La date de réception du jeton actuel, dans votre heure locale.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Connection state</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The state of this company&apos;s Lightspeed connection. Use Actions › Fetch Token to connect or reconnect.</source>
        <translation>L&apos;état de la connexion de cette entreprise à Lightspeed. Utilisez Actions › Obtenir un jeton pour vous connecter ou vous reconnecter.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Re&amp;turns Warehouse:</source>
        <translation>En&amp;trepôt des retours&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Returns Warehouse</source>
        <translation>Entrepôt des retours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The warehouse where returned stock is booked.</source>
        <translation>L&apos;entrepôt où le stock retourné est comptabilisé.</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+6"/>
        <source>Enable Order Download</source>
        <translation>Activer le téléchargement des commandes</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Downloads completed Lightspeed sales as orders of this company.</source>
        <translation>Télécharge les ventes Lightspeed finalisées sous forme de commandes de cette entreprise.</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+6"/>
        <source>Enable Inventory Upload</source>
        <translation>Activer l&apos;envoi du stock</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Publishes the Selling Warehouse&apos;s stock to the Lightspeed shop.</source>
        <translation>Publie le stock de l&apos;entrepôt de vente dans la boutique Lightspeed.</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+18"/>
        <source>Sync options</source>
        <translation>Options de synchronisation</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Selling Warehouse, SKU matching, safety buffer and intervals.</source>
        <translation>Entrepôt de vente, correspondance des SKU, stock de sécurité et intervalles.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Se&amp;lling Warehouse:</source>
        <translation>Entrepôt de ve&amp;nte&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Selling Warehouse</source>
        <translation>Entrepôt de vente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The warehouse whose stock is published to the shop and from which POS sales are deducted.</source>
        <translation>L&apos;entrepôt dont le stock est publié dans la boutique et duquel les ventes en caisse sont déduites.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>SKU &amp;matching order:</source>
        <translation>Ordre de &amp;correspondance des SKU&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>SKU matching order</source>
        <translation>Ordre de correspondance des SKU</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The identifiers tried, top first, when matching a Lightspeed item to a product. Untick one to skip it.</source>
        <translation>Les identifiants essayés, du haut vers le bas, pour associer un article Lightspeed à un produit. Décochez-en un pour l&apos;ignorer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Move Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move identifier up</source>
        <translation>Monter l&apos;identifiant</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move identifier down</source>
        <translation>Descendre l&apos;identifiant</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Safety &amp;buffer:</source>
        <translation>Stock de séc&amp;urité&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Safety buffer</source>
        <translation>Stock de sécurité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Units held back from the quantity published to Lightspeed.</source>
        <translation>Unités retenues sur la quantité publiée dans Lightspeed.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> units</source>
        <translation> unités</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Order download every:</source>
        <translation>Téléchargement des c&amp;ommandes toutes les&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Order download interval</source>
        <translation>Intervalle de téléchargement des commandes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seconds between two order downloads.</source>
        <translation>Secondes entre deux téléchargements de commandes.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+52"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>I&amp;nventory upload every:</source>
        <translation>Envoi du stoc&amp;k toutes les&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Inventory upload interval</source>
        <translation>Intervalle d&apos;envoi du stock</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seconds between two inventory uploads.</source>
        <translation>Secondes entre deux envois du stock.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Product posting every:</source>
        <translation>&amp;Publication des produits toutes les&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Product posting interval</source>
        <translation>Intervalle de publication des produits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes between two product postings.</source>
        <translation>Minutes entre deux publications des produits.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Full reconciliation every:</source>
        <translation>Rapprochement comp&amp;let toutes les&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reconciliation interval</source>
        <translation>Intervalle de rapprochement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hours between two full stock reconciliations.</source>
        <translation>Heures entre deux rapprochements complets du stock.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Keep history for:</source>
        <translation>Conserver l&apos;&amp;historique pendant&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>History retention</source>
        <translation>Conservation de l&apos;historique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days of sync history to keep.</source>
        <translation>Nombre de jours d&apos;historique de synchronisation à conserver.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+18"/>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Lightspeed endpoints and requested scopes.</source>
        <translation>Points de terminaison Lightspeed et portées demandées.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A&amp;uthorize URL:</source>
        <translation>URL &amp;d&apos;autorisation&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Authorize URL</source>
        <translation>URL d&apos;autorisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lightspeed&apos;s authorization page. Change it only to reach a test server.</source>
        <translation>La page d&apos;autorisation de Lightspeed. Ne la modifiez que pour joindre un serveur de test.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>T&amp;oken URL:</source>
        <translation>URL du &amp;jeton&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Token URL</source>
        <translation>URL du jeton</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lightspeed&apos;s token endpoint.</source>
        <translation>Le point de terminaison des jetons de Lightspeed.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Re&amp;voke URL:</source>
        <translation>URL de ré&amp;vocation&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Revoke URL</source>
        <translation>URL de révocation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lightspeed&apos;s token revocation endpoint.</source>
        <translation>Le point de terminaison de révocation des jetons de Lightspeed.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>API &amp;base URL:</source>
        <translation>URL de &amp;base de l&apos;API&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>API base URL</source>
        <translation>URL de base de l&apos;API</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The base of Lightspeed&apos;s API, ending in /API/V3.</source>
        <translation>La base de l&apos;API de Lightspeed, qui se termine par /API/V3.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Scopes:</source>
        <translation>Porté&amp;es&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The permissions requested by Fetch Token, separated by spaces.</source>
        <translation>Les autorisations demandées par Obtenir un jeton, séparées par des espaces.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Restore default endpoints and scopes</source>
        <translation>Rétablir les points de terminaison et les portées par défaut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore &amp;Defaults</source>
        <translation>R&amp;établir les valeurs par défaut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Puts back Lightspeed&apos;s own endpoints and the default scopes.</source>
        <translation>Rétablit les points de terminaison de Lightspeed et les portées par défaut.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+6"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Revert unsaved changes</source>
        <translation>Annuler les modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Revert</source>
        <translation>Annuler les modi&amp;fications</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Discards the changes made since the last save.</source>
        <translation>Abandonne les modifications faites depuis le dernier enregistrement.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sa&amp;ve</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saves the settings. It is available when the form has changes and every field is valid.</source>
        <translation>Enregistre les paramètres. Disponible quand le formulaire a été modifié et que tous les champs sont valides.</translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <location filename="../src/storage/settingsrepository.cpp" line="+75"/>
        <location line="+16"/>
        <source>read the Lightspeed settings</source>
        <translation>lire les paramètres Lightspeed</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>save the Lightspeed settings</source>
        <translation>enregistrer les paramètres Lightspeed</translation>
    </message>
</context>
<context>
    <name>SettingsValidator</name>
    <message>
        <location filename="../src/core/settingsvalidator.cpp" line="+70"/>
        <source>Client ID is longer than %1 characters. Copy it again from Lightspeed.</source>
        <translation>Le Client ID dépasse %1 caractères. Copiez-le de nouveau depuis Lightspeed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client ID cannot contain spaces. Copy it again from Lightspeed.</source>
        <translation>Le Client ID ne peut pas contenir d&apos;espaces. Copiez-le de nouveau depuis Lightspeed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the Client ID of your Lightspeed API client.</source>
        <translation>Saisissez le Client ID de votre client API Lightspeed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client Secret is longer than %1 characters. Copy it again from Lightspeed.</source>
        <translation>Le Client Secret dépasse %1 caractères. Copiez-le de nouveau depuis Lightspeed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client Secret contains control characters. Copy it again from Lightspeed.</source>
        <translation>Le Client Secret contient des caractères de contrôle. Copiez-le de nouveau depuis Lightspeed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the Client Secret of your Lightspeed API client.</source>
        <translation>Saisissez le Client Secret de votre client API Lightspeed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AccountID contains only digits, for example 123456.</source>
        <translation>L&apos;AccountID ne contient que des chiffres, par exemple 123456.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AccountID has more than %1 digits. Check the number in Lightspeed.</source>
        <translation>L&apos;AccountID compte plus de %1 chiffres. Vérifiez le numéro dans Lightspeed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lightspeed EmployeeID contains only digits, for example 1.</source>
        <translation>L&apos;EmployeeID Lightspeed ne contient que des chiffres, par exemple 1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shop Name is longer than %1 characters.</source>
        <translation>Le nom de la boutique dépasse %1 caractères.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shop Name contains control characters.</source>
        <translation>Le nom de la boutique contient des caractères de contrôle.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Lightspeed account has no shop named “%1”. Pick one from the list.</source>
        <translation>Le compte Lightspeed n&apos;a pas de boutique nommée «&#xa0;%1&#xa0;». Choisissez-en une dans la liste.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the Redirect URI registered for your Lightspeed API client.</source>
        <translation>Saisissez la Redirect URI enregistrée pour votre client API Lightspeed.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+2"/>
        <source>The chosen warehouse no longer exists. Choose another.</source>
        <translation>L&apos;entrepôt choisi n&apos;existe plus. Choisissez-en un autre.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Order download needs a connection: use Actions › Fetch Token first.</source>
        <translation>Le téléchargement des commandes nécessite une connexion&#xa0;: utilisez d&apos;abord Actions › Obtenir un jeton.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order download needs the shop whose sales to download.</source>
        <translation>Le téléchargement des commandes nécessite la boutique dont les ventes sont à télécharger.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order download needs a Returns Warehouse for returned stock.</source>
        <translation>Le téléchargement des commandes nécessite un entrepôt des retours pour le stock retourné.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inventory upload needs a connection: use Actions › Fetch Token first.</source>
        <translation>L&apos;envoi du stock nécessite une connexion&#xa0;: utilisez d&apos;abord Actions › Obtenir un jeton.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inventory upload needs the shop whose stock to update.</source>
        <translation>L&apos;envoi du stock nécessite la boutique dont le stock est à mettre à jour.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inventory upload needs a Selling Warehouse whose stock is published.</source>
        <translation>L&apos;envoi du stock nécessite un entrepôt de vente dont le stock est publié.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose at least one identifier to match products on.</source>
        <translation>Choisissez au moins un identifiant pour associer les produits.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The safety buffer cannot be negative.</source>
        <translation>Le stock de sécurité ne peut pas être négatif.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The safety buffer is a whole number of units.</source>
        <translation>Le stock de sécurité est un nombre entier d&apos;unités.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Intervals must be between %1 seconds and %2 days.</source>
        <translation>Les intervalles doivent être compris entre %1 secondes et %2 jours.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep history between 1 and 3650 days.</source>
        <translation>Conservez l&apos;historique entre 1 et 3650 jours.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter a URL, or restore the default.</source>
        <translation>Saisissez une URL ou rétablissez la valeur par défaut.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Request at least one scope, for example employee:register_read.</source>
        <translation>Demandez au moins une portée, par exemple employee:register_read.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a Lightspeed scope: scopes look like employee:inventory.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une portée Lightspeed&#xa0;: les portées ressemblent à employee:inventory.</translation>
    </message>
</context>
<context>
    <name>ShopDirectory</name>
    <message>
        <location filename="../src/sync/shopdirectory.cpp" line="+18"/>
        <source>Choose the Lightspeed shop in the General Settings first.</source>
        <translation>Choisissez d&apos;abord la boutique Lightspeed dans les paramètres généraux.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The Lightspeed account has no shop named &quot;%1&quot;.</source>
        <translation>Le compte Lightspeed n&apos;a pas de boutique nommée «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>StockLedger</name>
    <message>
        <location filename="../src/storage/stockledger.cpp" line="+68"/>
        <source>record the stock move</source>
        <translation>enregistrer le mouvement de stock</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>update the stock level</source>
        <translation>mettre à jour le niveau de stock</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>read the stock level</source>
        <translation>lire le niveau de stock</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>read the stock levels</source>
        <translation>lire les niveaux de stock</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+17"/>
        <source>read the stock moves</source>
        <translation>lire les mouvements de stock</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>check the stock ledger</source>
        <translation>vérifier le registre des stocks</translation>
    </message>
</context>
<context>
    <name>StockLevelQueries</name>
    <message>
        <location filename="../src/storage/stocklevelqueries.cpp" line="+34"/>
        <source>count the stock levels</source>
        <translation>compter les niveaux de stock</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>read the stock levels</source>
        <translation>lire les niveaux de stock</translation>
    </message>
</context>
<context>
    <name>StockPublisher</name>
    <message>
        <location filename="../src/sync/stockpublisher.cpp" line="+55"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Choose the Selling Warehouse in the Sync options first.</source>
        <translation>Choisissez d&apos;abord l&apos;entrepôt de vente dans les options de synchronisation.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Reading Lightspeed&apos;s stock</source>
        <translation>Lecture du stock de Lightspeed</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Could not start a database transaction for Lightspeed&apos;s stock.</source>
        <translation>Impossible de démarrer une transaction de base de données pour le stock de Lightspeed.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not store Lightspeed&apos;s stock.</source>
        <translation>Impossible d&apos;enregistrer le stock de Lightspeed.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Deferred to the next cycle: Lightspeed&apos;s stock (%1) changed through a sale that is not downloaded yet.</source>
        <translation>Reporté au prochain cycle&#xa0;: le stock de Lightspeed (%1) a changé à cause d&apos;une vente qui n&apos;est pas encore téléchargée.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Uploading stock: %1 of %2 items</source>
        <translation>Envoi du stock&#xa0;: article %1 sur %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Lightspeed rejected the stock of item %1: %2</source>
        <translation>Lightspeed a rejeté le stock de l&apos;article %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Lightspeed stock set from %1 to %2.</source>
        <translation>Stock Lightspeed passé de %1 à %2.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../src/storage/database.cpp" line="+60"/>
        <source>No database path was given.</source>
        <translation>Aucun chemin de base de données n&apos;a été indiqué.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not create the folder %1 for the database. Check its permissions.</source>
        <translation>Impossible de créer le dossier %1 pour la base de données. Vérifiez ses permissions.</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+48"/>
        <source>open %1</source>
        <translation>ouvrir %1</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The database %1 has no identifier. Restore it from a backup or choose another file.</source>
        <translation>La base de données %1 n&apos;a pas d&apos;identifiant. Restaurez-la depuis une sauvegarde ou choisissez un autre fichier.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 is not a POS Bridge database: it contains tables of another application. It was left unchanged. Choose another file, or a new file name to start an empty database.</source>
        <translation>%1 n&apos;est pas une base de données POS Bridge&#xa0;: elle contient les tables d&apos;une autre application. Elle n&apos;a pas été modifiée. Choisissez un autre fichier, ou un nouveau nom de fichier pour commencer une base vide.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The database %1 was written by a newer version of POS Bridge (schema version %2; this version understands up to %3). It was left unchanged. Install the newer version, or open another database with --database.</source>
        <translation>La base de données %1 a été écrite par une version plus récente de POS Bridge (version de schéma %2&#xa0;; cette version comprend jusqu&apos;à la %3). Elle n&apos;a pas été modifiée. Installez la version plus récente, ou ouvrez une autre base de données avec --database.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>prepare the backup before migrating</source>
        <translation>préparer la sauvegarde avant la migration</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not copy the database to %1 before upgrading it, so it was not upgraded. Free some disk space or check the folder&apos;s permissions.</source>
        <translation>Impossible de copier la base de données vers %1 avant sa mise à niveau&#xa0;: elle n&apos;a donc pas été mise à niveau. Libérez de l&apos;espace disque ou vérifiez les permissions du dossier.</translation>
    </message>
    <message>
        <location filename="../src/storage/instancelock.cpp" line="+34"/>
        <source>The database %1 is already in use by %2 (process %3 on %4). Close that window first, or open another database with --database.</source>
        <translation>La base de données %1 est déjà utilisée par %2 (processus %3 sur %4). Fermez d&apos;abord cette fenêtre, ou ouvrez une autre base de données avec --database.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not create the lock file next to the database %1. Check that the folder exists and is writable.</source>
        <translation>Impossible de créer le fichier de verrou à côté de la base de données %1. Vérifiez que le dossier existe et qu&apos;il est accessible en écriture.</translation>
    </message>
    <message>
        <location filename="../src/storage/migrator.cpp" line="+28"/>
        <source>record the schema version</source>
        <translation>enregistrer la version du schéma</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>read the schema version</source>
        <translation>lire la version du schéma</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database has an unreadable schema version. Restore it from a backup or choose another file.</source>
        <translation>La version du schéma de la base de données est illisible. Restaurez-la depuis une sauvegarde ou choisissez un autre fichier.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>start a schema migration</source>
        <translation>démarrer une migration du schéma</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>apply schema migration %1 (%2)</source>
        <translation>appliquer la migration du schéma %1 (%2)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>commit schema migration %1</source>
        <translation>valider la migration du schéma %1</translation>
    </message>
    <message>
        <location filename="../src/storage/sqlerror.cpp" line="+16"/>
        <source>The database could not %1. Details: %2</source>
        <translation>La base de données n&apos;a pas pu %1. Détails&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SyncHistoryPage</name>
    <message>
        <location filename="../ui/synchistorypage.ui" line="+6"/>
        <source>Sync History</source>
        <translation>Historique de synchronisation</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Company:</source>
        <translation>E&amp;ntreprise&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Shows the runs of the company selected on the left, or of all companies.</source>
        <translation>Affiche les exécutions de l&apos;entreprise sélectionnée à gauche, ou de toutes les entreprises.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Company filter</source>
        <translation>Filtre par entreprise</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Job:</source>
        <translation>&amp;Tâche&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Shows the runs of one kind of job only.</source>
        <translation>N&apos;affiche que les exécutions d&apos;un seul type de tâche.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Job filter</source>
        <translation>Filtre par tâche</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Result:</source>
        <translation>Rés&amp;ultat&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Shows the runs that ended this way only.</source>
        <translation>N&apos;affiche que les exécutions qui se sont terminées ainsi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result filter</source>
        <translation>Filtre par résultat</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Started &amp;between</source>
        <translation>&amp;Entre le</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shows the runs that started between the two dates, both included (local time).</source>
        <translation>Affiche les exécutions démarrées entre ces deux dates incluses (heure locale).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by start date</source>
        <translation>Filtrer par date de début</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>First start date</source>
        <translation>Première date de début</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>and</source>
        <translation>et le</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Last start date</source>
        <translation>Dernière date de début</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Number of matching runs</source>
        <translation>Nombre d&apos;exécutions correspondantes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;fresh</source>
        <translation>Actualise&amp;r</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reads the history again, newest run first.</source>
        <translation>Relit l&apos;historique, l&apos;exécution la plus récente en premier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh history</source>
        <translation>Actualiser l&apos;historique</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sync runs</source>
        <translation>Exécutions de synchronisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One row per run, newest first. Select a run to see what happened to each item.</source>
        <translation>Une ligne par exécution, la plus récente en premier. Sélectionnez une exécution pour voir ce qui est arrivé à chaque article.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Select a run to see its item events.</source>
        <translation>Sélectionnez une exécution pour voir ses événements par article.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Selected run</source>
        <translation>Exécution sélectionnée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Problems only</source>
        <translation>&amp;Problèmes seulement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shows warnings and errors only.</source>
        <translation>N&apos;affiche que les avertissements et les erreurs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show problems only</source>
        <translation>Afficher seulement les problèmes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Item events of the selected run</source>
        <translation>Événements par article de l&apos;exécution sélectionnée</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>History status</source>
        <translation>État de l&apos;historique</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Re&amp;try Failed Items</source>
        <translation>Retenter les articles en é&amp;chec</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Releases the items this run held back after a permanent failure and runs the job again.</source>
        <translation>Libère les articles que cette exécution a retenus après un échec définitif et relance la tâche.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retry failed items of the selected run</source>
        <translation>Retenter les articles en échec de l&apos;exécution sélectionnée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E&amp;xport CSV</source>
        <translation>E&amp;xporter en CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writes the listed runs, or the events of the selected run, to a CSV file.</source>
        <translation>Écrit les exécutions affichées, ou les événements de l&apos;exécution sélectionnée, dans un fichier CSV.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export history as CSV</source>
        <translation>Exporter l&apos;historique en CSV</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export Listed &amp;Runs…</source>
        <translation>Exporter les &amp;exécutions affichées…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writes the runs that match the filters to a CSV file.</source>
        <translation>Écrit les exécutions qui correspondent aux filtres dans un fichier CSV.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export &amp;Events of the Selected Run…</source>
        <translation>Exporter les é&amp;vénements de l&apos;exécution sélectionnée…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writes every item event of the selected run to a CSV file.</source>
        <translation>Écrit tous les événements par article de l&apos;exécution sélectionnée dans un fichier CSV.</translation>
    </message>
</context>
<context>
    <name>SyncHistoryRepository</name>
    <message>
        <location filename="../src/storage/synchistoryrepository.cpp" line="+181"/>
        <location line="+3"/>
        <source>explain a history query</source>
        <translation>expliquer une requête sur l&apos;historique</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+3"/>
        <source>record the start of a sync run</source>
        <translation>enregistrer le début d&apos;une exécution de synchronisation</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+5"/>
        <source>record the events of a sync run</source>
        <translation>enregistrer les événements d&apos;une exécution de synchronisation</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+41"/>
        <location line="+139"/>
        <source>The sync run %1 no longer exists.</source>
        <translation>L&apos;exécution de synchronisation %1 n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>The result of a finished run is invalid: it cannot be Running.</source>
        <translation>Le résultat d&apos;une exécution terminée n&apos;est pas valide&#xa0;: il ne peut pas être «&#xa0;En cours&#xa0;».</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>record the end of a sync run</source>
        <translation>enregistrer la fin d&apos;une exécution de synchronisation</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Interrupted: POS Bridge stopped before the run finished.</source>
        <translation>Interrompue&#xa0;: POS Bridge s&apos;est arrêté avant la fin de l&apos;exécution.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>close the sync runs left open by an earlier stop</source>
        <translation>clore les exécutions de synchronisation laissées ouvertes par un arrêt précédent</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The key of the item to hold is missing.</source>
        <translation>La clé de l&apos;article à retenir est absente.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>hold a failed item back</source>
        <translation>retenir un article en échec</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+12"/>
        <source>read the held items</source>
        <translation>lire les articles retenus</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>release held items</source>
        <translation>libérer les articles retenus</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>release the held items of the run</source>
        <translation>libérer les articles retenus de l&apos;exécution</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The history retention period of %1 days is invalid; it must be at least 1 day.</source>
        <translation>La durée de conservation de l&apos;historique (%1 j) n&apos;est pas valide&#xa0;; elle doit être d&apos;au moins 1 jour.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>delete old sync history</source>
        <translation>supprimer l&apos;ancien historique de synchronisation</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>read the sync run</source>
        <translation>lire l&apos;exécution de synchronisation</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>list the sync runs</source>
        <translation>lister les exécutions de synchronisation</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>count the sync runs</source>
        <translation>compter les exécutions de synchronisation</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>list the events of the sync run</source>
        <translation>lister les événements de l&apos;exécution de synchronisation</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>count the sync events</source>
        <translation>compter les événements de synchronisation</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>read the sync runs</source>
        <translation>lire les exécutions de synchronisation</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>read the sync events</source>
        <translation>lire les événements de synchronisation</translation>
    </message>
</context>
<context>
    <name>SyncHistoryService</name>
    <message>
        <location filename="../src/sync/synchistoryservice.cpp" line="+65"/>
        <source>The run is still running. Retry it once it has finished.</source>
        <translation>L&apos;exécution est toujours en cours. Relancez-la une fois qu&apos;elle est terminée.</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../ui/syncstatuswidget.ui" line="+6"/>
        <source>Running sync</source>
        <translation>Synchronisation en cours</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Running job</source>
        <translation>Tâche en cours</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Progress of the running job</source>
        <translation>Progression de la tâche en cours</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stops the running job; what it has stored so far stays.</source>
        <translation>Arrête la tâche en cours&#xa0;; ce qu&apos;elle a déjà enregistré est conservé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel the running job</source>
        <translation>Annuler la tâche en cours</translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <location filename="../src/sync/synctext.cpp" line="+22"/>
        <source>Order download</source>
        <translation>Téléchargement des commandes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inventory upload</source>
        <translation>Envoi du stock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconciliation</source>
        <translation>Rapprochement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product posting</source>
        <translation>Publication des produits</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry</source>
        <translation>Nouvelle tentative</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partial</source>
        <translation>Partielle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Info</source>
        <translation>Information</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Completed</source>
        <translation>Finalisée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>TokenEndpoint</name>
    <message>
        <location filename="../src/lightspeed/tokenendpoint.cpp" line="+144"/>
        <source>Lightspeed&apos;s token service sent a reply without tokens. Try again later.</source>
        <translation>Le service de jetons de Lightspeed a envoyé une réponse sans jetons. Réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The request to Lightspeed was cancelled.</source>
        <translation>La requête à Lightspeed a été annulée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lightspeed did not answer within %1 seconds. Try again later.</source>
        <translation>Lightspeed n&apos;a pas répondu dans les %1 secondes. Réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not reach Lightspeed at %1: %2</source>
        <translation>Impossible de joindre Lightspeed à l&apos;adresse %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Lightspeed asked to slow down token requests. The app tries again shortly.</source>
        <translation>Lightspeed a demandé de ralentir les demandes de jetons. L&apos;application réessaiera sous peu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lightspeed&apos;s token service answered HTTP %1. Try again later.</source>
        <translation>Le service de jetons de Lightspeed a répondu HTTP %1. Réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Lightspeed rejected the authorization code (%1). A code works once and expires after 60 seconds. Fetch Token again.</source>
        <translation>Lightspeed a rejeté le code d&apos;autorisation (%1). Un code ne sert qu&apos;une fois et expire au bout de 60 secondes. Obtenez un nouveau jeton.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lightspeed rejected the authorization code: it works once and expires after 60 seconds. Fetch Token again.</source>
        <translation>Lightspeed a rejeté le code d&apos;autorisation&#xa0;: un code ne sert qu&apos;une fois et expire au bout de 60 secondes. Obtenez un nouveau jeton.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Authorization expired — use Fetch Token</source>
        <translation>Autorisation expirée — utilisez Obtenir un jeton</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Lightspeed rejected the Client ID or Client Secret (%1). Check both in General Settings.</source>
        <translation>Lightspeed a rejeté le Client ID ou le Client Secret (%1). Vérifiez-les dans Paramètres généraux.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lightspeed rejected the Client ID or Client Secret. Check both in General Settings.</source>
        <translation>Lightspeed a rejeté le Client ID ou le Client Secret. Vérifiez-les dans Paramètres généraux.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lightspeed rejected the token request (%1): %2</source>
        <translation>Lightspeed a rejeté la demande de jeton (%1)&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>TokenManager</name>
    <message>
        <location filename="../src/lightspeed/tokenmanager.cpp" line="+24"/>
        <location line="+446"/>
        <source>Authorization expired — use Fetch Token</source>
        <translation>Autorisation expirée — utilisez Obtenir un jeton</translation>
    </message>
    <message>
        <location line="-438"/>
        <source>This company is not connected to Lightspeed. Use Actions › Fetch Token to connect it.</source>
        <translation>Cette entreprise n&apos;est pas connectée à Lightspeed. Utilisez Actions › Obtenir un jeton pour la connecter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The request to Lightspeed was cancelled.</source>
        <translation>La requête à Lightspeed a été annulée.</translation>
    </message>
    <message>
        <location line="+242"/>
        <source>Lightspeed sent no tokens. Fetch Token again.</source>
        <translation>Lightspeed n&apos;a envoyé aucun jeton. Obtenez un nouveau jeton.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Lightspeed could not revoke the authorization: %1 The tokens are still stored. Try again, or clear them on this computer only.</source>
        <translation>Lightspeed n&apos;a pas pu révoquer l&apos;autorisation&#xa0;: %1 Les jetons sont toujours enregistrés. Réessayez, ou effacez-les sur cet ordinateur seulement.</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Not connected — use Fetch Token</source>
        <translation>Non connecté — utilisez Obtenir un jeton</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refreshing the access token…</source>
        <translation>Actualisation du jeton d&apos;accès…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot refresh the access token; retrying</source>
        <translation>Impossible d&apos;actualiser le jeton d&apos;accès&#xa0;; nouvelle tentative</translation>
    </message>
</context>
<context>
    <name>UrlRules</name>
    <message>
        <location filename="../src/core/urlrules.cpp" line="+41"/>
        <source>The URL is longer than %1 characters.</source>
        <translation>L&apos;URL dépasse %1 caractères.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL contains a space. Remove it or encode it as %20.</source>
        <translation>L&apos;URL contient une espace. Supprimez-la ou encodez-la en %20.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter a full URL such as https://example.com/callback.</source>
        <translation>Saisissez une URL complète, comme https://example.com/callback.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the user name and password from the URL (the part before @).</source>
        <translation>Retirez le nom d&apos;utilisateur et le mot de passe de l&apos;URL (la partie avant @).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port 0 is not valid. Remove it or use the server&apos;s port.</source>
        <translation>Le port 0 n&apos;est pas valide. Retirez-le ou indiquez le port du serveur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use https: plain http is accepted only for this computer (localhost, 127.0.0.1 or ::1).</source>
        <translation>Utilisez https&#xa0;: le http simple n&apos;est accepté que pour cet ordinateur (localhost, 127.0.0.1 ou&#xa0;::1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL must start with https://.</source>
        <translation>L&apos;URL doit commencer par https://.</translation>
    </message>
</context>
<context>
    <name>WarehouseRepository</name>
    <message>
        <location filename="../src/storage/warehouserepository.cpp" line="+33"/>
        <source>list the warehouses</source>
        <translation>lister les entrepôts</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>read the warehouse</source>
        <translation>lire l&apos;entrepôt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The warehouse no longer exists.</source>
        <translation>L&apos;entrepôt n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter a warehouse name.</source>
        <translation>Saisissez un nom d&apos;entrepôt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A warehouse name has at most %1 characters.</source>
        <translation>Un nom d&apos;entrepôt compte au plus %1 caractères.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>check the warehouse name</source>
        <translation>vérifier le nom de l&apos;entrepôt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This company already has a warehouse named “%1”. Choose another name.</source>
        <translation>Cette entreprise a déjà un entrepôt nommé «&#xa0;%1&#xa0;». Choisissez un autre nom.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>add the warehouse</source>
        <translation>ajouter l&apos;entrepôt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>rename the warehouse</source>
        <translation>renommer l&apos;entrepôt</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+15"/>
        <source>check where the warehouse is used</source>
        <translation>vérifier où l&apos;entrepôt est utilisé</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>“%1” has stock moves, which explain the company&apos;s stock history, so it cannot be removed. Rename it instead.</source>
        <translation>«&#xa0;%1&#xa0;» a des mouvements de stock, qui expliquent l&apos;historique du stock de l&apos;entreprise&#xa0;: il ne peut donc pas être supprimé. Renommez-le plutôt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” is the Returns Warehouse in the Lightspeed settings. Choose another Returns Warehouse and save before removing it.</source>
        <translation>«&#xa0;%1&#xa0;» est l&apos;entrepôt des retours dans les paramètres Lightspeed. Choisissez un autre entrepôt des retours et enregistrez avant de le supprimer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is the Selling Warehouse in the Lightspeed settings. Choose another Selling Warehouse and save before removing it.</source>
        <translation>«&#xa0;%1&#xa0;» est l&apos;entrepôt de vente dans les paramètres Lightspeed. Choisissez un autre entrepôt de vente et enregistrez avant de le supprimer.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+6"/>
        <location line="+2"/>
        <source>remove the warehouse</source>
        <translation>supprimer l&apos;entrepôt</translation>
    </message>
</context>
<context>
    <name>WarehousesPage</name>
    <message>
        <location filename="../ui/warehousespage.ui" line="+6"/>
        <location line="+16"/>
        <source>Warehouses</source>
        <translation>Entrepôts</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Stock locations of this company. The Returns Warehouse and the Selling Warehouse of the General Settings are chosen among them.</source>
        <translation>Les emplacements de stock de cette entreprise. L&apos;entrepôt des retours et l&apos;entrepôt de vente des paramètres généraux sont choisis parmi eux.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Add…</source>
        <translation>Aj&amp;outer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adds a warehouse.</source>
        <translation>Ajoute un entrepôt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add warehouse</source>
        <translation>Ajouter un entrepôt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Renames the selected warehouse.</source>
        <translation>Renomme l&apos;entrepôt sélectionné.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename warehouse</source>
        <translation>Renommer l&apos;entrepôt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remo&amp;ve…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removes the selected warehouse, unless a setting still uses it.</source>
        <translation>Supprime l&apos;entrepôt sélectionné, sauf si un paramètre l&apos;utilise encore.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove warehouse</source>
        <translation>Supprimer l&apos;entrepôt</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="+52"/>
        <source>Links the companies of a back office to Lightspeed Retail POS (R-Series).</source>
        <translation>Relie les entreprises d&apos;un back-office à Lightspeed Retail POS (R-Series).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opens the SQLite database at &lt;path&gt; instead of the default one (%1). The POSBRIDGE_DATABASE environment variable sets it too; this option wins. With --demo, &lt;path&gt; is the demo database instead.</source>
        <translation>Ouvre la base de données SQLite située à &lt;chemin&gt; au lieu de celle par défaut (%1). La variable d&apos;environnement POSBRIDGE_DATABASE la définit aussi&#xa0;; cette option l&apos;emporte. Avec --demo, &lt;chemin&gt; désigne plutôt la base de données de démo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starts a demo: runs posbridge-sandbox, a stand-in for Lightspeed, on this computer and opens a fresh demo database (%1 unless --database is given) whose company &quot;Demo Store&quot; is set up for it. Each demo run deletes the previous demo database and its keychain entries; the real database is never opened. posbridge-sandbox is looked for next to posbridge, then at the path in POSBRIDGE_SANDBOX, then on PATH. Its log goes to %2.</source>
        <translation>Lance une démo&#xa0;: exécute posbridge-sandbox, un substitut de Lightspeed, sur cet ordinateur et ouvre une nouvelle base de données de démo (%1, sauf si --database est indiqué) dont l&apos;entreprise «&#xa0;Demo Store&#xa0;» est configurée pour lui. Chaque lancement de la démo supprime l&apos;ancienne base de données de démo et ses entrées du trousseau&#xa0;; la vraie base de données n&apos;est jamais ouverte. posbridge-sandbox est cherché à côté de posbridge, puis au chemin indiqué par POSBRIDGE_SANDBOX, puis dans le PATH. Son journal est écrit dans %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Starts in the system tray without opening the window, or with the window minimized when the desktop has no tray. View › Start at Login uses it.</source>
        <translation>Démarre dans la zone de notification sans ouvrir la fenêtre, ou avec la fenêtre réduite si le bureau n&apos;a pas de zone de notification. Affichage › Démarrer à l&apos;ouverture de session utilise cette option.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../src/gui/mainwindow.cpp" line="+556"/>
        <source>POS Bridge</source>
        <translation>POS Bridge</translation>
    </message>
</context>
<context>
    <name>posbridge::AboutDialog</name>
    <message>
        <location filename="../src/gui/aboutdialog.cpp" line="+22"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilé avec Qt %1, exécuté avec Qt %2.</translation>
    </message>
</context>
<context>
    <name>posbridge::CandidateChoiceDialog</name>
    <message>
        <location filename="../src/gui/candidatechoicedialog.cpp" line="+17"/>
        <source>Several Lightspeed items match the product “%1” (SKU %2). Choose the one that is this product; POS Bridge then links them and makes the item&apos;s name, price and cost match the product.</source>
        <translation>Plusieurs articles Lightspeed correspondent au produit «&#xa0;%1&#xa0;» (SKU %2). Choisissez celui qui correspond à ce produit&#xa0;: POS Bridge les lie alors et aligne le nom, le prix et le coût de l&apos;article sur ceux du produit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Item ID</source>
        <translation>ID d&apos;article</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>System SKU</source>
        <translation>SKU système</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Custom SKU</source>
        <translation>SKU personnalisé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Manufacturer SKU</source>
        <translation>SKU du fabricant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UPC</source>
        <translation>UPC</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EAN</source>
        <translation>EAN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>posbridge::ConnectionController</name>
    <message>
        <location filename="../src/gui/connectioncontroller.cpp" line="+74"/>
        <source>No company selected</source>
        <translation>Aucune entreprise sélectionnée</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The settings are still loading. Try again in a moment.</source>
        <translation>Les paramètres sont en cours de chargement. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetch Token needs a valid Client ID, Client Secret, Redirect URI and Advanced endpoints: %1</source>
        <translation>Obtenir un jeton nécessite un Client ID, un Client Secret, une Redirect URI et des points de terminaison (Avancé) valides&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Fetch Token failed: %1 The stored tokens are unchanged.</source>
        <translation>Échec de l&apos;obtention du jeton&#xa0;: %1 Les jetons enregistrés n&apos;ont pas changé.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Connected to Lightspeed account %1. The tokens are stored in the system keychain.</source>
        <translation>Connecté au compte Lightspeed %1. Les jetons sont enregistrés dans le trousseau du système.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The shops and employees could not be loaded: %1</source>
        <translation>Impossible de charger les boutiques et les employés&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account has no shop named “%1”: choose one under Shop Name.</source>
        <translation>Le compte n&apos;a pas de boutique nommée «&#xa0;%1&#xa0;»&#xa0;: choisissez-en une sous Nom de la boutique.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fetch Token saved the connection settings it used; your other changes are not saved yet.</source>
        <translation>Obtenir un jeton a enregistré les paramètres de connexion utilisés&#xa0;; vos autres modifications ne sont pas encore enregistrées.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 The stored tokens are unchanged.</source>
        <translation>%1 Les jetons enregistrés n&apos;ont pas changé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fetch Token was cancelled. The stored tokens are unchanged.</source>
        <translation>L&apos;obtention du jeton a été annulée. Les jetons enregistrés n&apos;ont pas changé.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+8"/>
        <source>Test Connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The connection test failed.</source>
        <translation>Le test de connexion a échoué.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connected to Lightspeed account %1 (%2).</source>
        <translation>Connecté au compte Lightspeed %1 (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shops: %1
Rate-limit bucket: %2 of %3 drips in use.</source>
        <translation>Boutiques&#xa0;: %1
Seau de limitation de débit&#xa0;: %2 sur %3 gouttes utilisées.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <location line="+52"/>
        <source>Disconnect</source>
        <translation>Déconnecter</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Disconnect this company from Lightspeed?</source>
        <translation>Déconnecter cette entreprise de Lightspeed&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>POS Bridge asks Lightspeed to revoke the authorization, then deletes the Auth Token and Refresh Token from this computer. Syncing stops until you use Fetch Token again.</source>
        <translation>POS Bridge demande à Lightspeed de révoquer l&apos;autorisation, puis supprime le jeton d&apos;accès et le jeton d&apos;actualisation de cet ordinateur. La synchronisation s&apos;arrête jusqu&apos;à ce que vous obteniez un nouveau jeton.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The tokens were deleted from this computer. Lightspeed could not revoke the authorization, so Lightspeed still holds it until it is revoked there or left unused for 30 days.</source>
        <translation>Les jetons ont été supprimés de cet ordinateur. Lightspeed n&apos;a pas pu révoquer l&apos;autorisation&#xa0;: elle reste donc valide chez Lightspeed jusqu&apos;à ce qu&apos;elle y soit révoquée ou qu&apos;elle reste inutilisée pendant 30 jours.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disconnected from Lightspeed: the authorization is revoked and the tokens are deleted from this computer.</source>
        <translation>Déconnecté de Lightspeed&#xa0;: l&apos;autorisation est révoquée et les jetons sont supprimés de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Forget the tokens on this computer anyway? POS Bridge stops using them at once, but Lightspeed keeps the authorization valid until you revoke it in Lightspeed or its refresh token goes unused for 30 days. Anyone who copied the tokens could use them until then.</source>
        <translation>Oublier quand même les jetons sur cet ordinateur&#xa0;? POS Bridge cesse aussitôt de les utiliser, mais Lightspeed garde l&apos;autorisation valide jusqu&apos;à ce que vous la révoquiez dans Lightspeed ou que son jeton d&apos;actualisation reste inutilisé pendant 30 jours. Toute personne ayant copié les jetons pourrait s&apos;en servir d&apos;ici là.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forget Tokens Locally</source>
        <translation>Oublier les jetons localement</translation>
    </message>
</context>
<context>
    <name>posbridge::ConnectionManager</name>
    <message>
        <location filename="../src/sync/connectionmanager.cpp" line="+220"/>
        <source>Connected to account %1</source>
        <translation>Connecté au compte %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refresh failing: %1</source>
        <translation>Échec de l&apos;actualisation&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>The Lightspeed login belongs to account %1, but AccountID is %2. Log in with a user of account %2, or clear AccountID to connect to account %1.</source>
        <translation>La connexion Lightspeed appartient au compte %1, mais l&apos;AccountID est %2. Connectez-vous avec un utilisateur du compte %2, ou effacez l&apos;AccountID pour vous connecter au compte %1.</translation>
    </message>
</context>
<context>
    <name>posbridge::CsvExportProgress</name>
    <message>
        <location filename="../src/gui/csvexportprogress.cpp" line="+31"/>
        <source>Exporting %1…</source>
        <translation>Exportation de %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+43"/>
        <source>Export</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Export progress</source>
        <translation>Progression de l&apos;exportation</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n ligne exportée vers %1.</numerusform>
            <numerusform>%n lignes exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>L&apos;exportation a été annulée&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>posbridge::DashboardPage</name>
    <message>
        <location filename="../src/gui/dashboardpage.cpp" line="+65"/>
        <source>Orders per day</source>
        <translation>Commandes par jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average run duration (seconds)</source>
        <translation>Durée moyenne des exécutions (secondes)</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>%1 of %2 drips used</source>
        <translation>%1 sur %2 gouttes utilisées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 drips per second</source>
        <translation>%1 gouttes par seconde</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 failed runs, %2 failed items</source>
        <translation>Exécutions&#xa0;: %1&#xa0;; articles&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Days are counted in the shop&apos;s time zone, %1.</source>
        <translation>Les jours sont comptés dans le fuseau horaire de la boutique, %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days are counted in this computer&apos;s time zone, %1, because the shop&apos;s time zone is not known yet. Fetch Token or opening the shop list in the settings stores it.</source>
        <translation>Les jours sont comptés dans le fuseau horaire de cet ordinateur, %1, car celui de la boutique n&apos;est pas encore connu. Pour l&apos;enregistrer, utilisez Obtenir un jeton ou ouvrez la liste des boutiques dans les paramètres.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
</context>
<context>
    <name>posbridge::DemoBanner</name>
    <message>
        <location filename="../src/gui/demobanner.cpp" line="+14"/>
        <source>Demo: POS Bridge works on a demo database (%1) and is connected to the Lightspeed sandbox at %2, not to a real Lightspeed account. For Actions › Fetch Token, log in on the Lightspeed page with the e-mail %3 and the password %4.</source>
        <translation>Démo&#xa0;: POS Bridge utilise une base de données de démo (%1) et il est connecté au bac à sable Lightspeed à l&apos;adresse %2, et non à un vrai compte Lightspeed. Pour Actions › Obtenir un jeton, connectez-vous sur la page Lightspeed avec le courriel %3 et le mot de passe %4.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Demo: the Lightspeed sandbox crashed or was killed, so the demo company cannot reach Lightspeed any more. Quit and start the demo again; the sandbox&apos;s log may say what happened.</source>
        <translation>Démo&#xa0;: le bac à sable Lightspeed a planté ou a été arrêté de force, si bien que l&apos;entreprise de démo ne peut plus joindre Lightspeed. Quittez et relancez la démo&#xa0;; le journal du bac à sable indique peut-être ce qui s&apos;est passé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo: the Lightspeed sandbox stopped with exit code %1, so the demo company cannot reach Lightspeed any more. Quit and start the demo again; the sandbox&apos;s log may say what happened.</source>
        <translation>Démo&#xa0;: le bac à sable Lightspeed s&apos;est arrêté avec le code de sortie %1, si bien que l&apos;entreprise de démo ne peut plus joindre Lightspeed. Quittez et relancez la démo&#xa0;; le journal du bac à sable indique peut-être ce qui s&apos;est passé.</translation>
    </message>
</context>
<context>
    <name>posbridge::DemoEnvironment</name>
    <message>
        <location filename="../src/sync/demoenvironment.cpp" line="+79"/>
        <source>%1 is the real database, and the demo never opens it. Give the demo another file with --database, or leave --database out.</source>
        <translation>%1 est la vraie base de données, et la démo ne l&apos;ouvre jamais. Donnez un autre fichier à la démo avec --database, ou omettez --database.</translation>
    </message>
</context>
<context>
    <name>posbridge::DisableListingsDialog</name>
    <message numerus="yes">
        <location filename="../src/gui/disablelistingsdialog.cpp" line="+12"/>
        <source>Disable the listing of %n product(s)?</source>
        <translation>
            <numerusform>Désactiver le référencement de %n produit&#xa0;?</numerusform>
            <numerusform>Désactiver le référencement de %n produits&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None of these products has a Lightspeed item.</source>
        <translation>Aucun de ces produits n&apos;a d&apos;article Lightspeed.</translation>
    </message>
</context>
<context>
    <name>posbridge::ExportDialog</name>
    <message>
        <location filename="../src/gui/exportdialog.cpp" line="+39"/>
        <source>All companies</source>
        <translation>Toutes les entreprises</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Comma, with a decimal point (1.5)</source>
        <translation>Virgule, avec un point décimal (1.5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon, with a decimal comma (1,5)</source>
        <translation>Point-virgule, avec une virgule décimale (1,5)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>posbridge::FetchTokenDialog</name>
    <message>
        <location filename="../src/gui/webview/fetchtokendialog.cpp" line="+106"/>
        <source>Lightspeed accepted the login. Storing the tokens and loading the account…</source>
        <translation>Lightspeed a accepté la connexion. Enregistrement des jetons et chargement du compte…</translation>
    </message>
</context>
<context>
    <name>posbridge::ImportDialog</name>
    <message>
        <location filename="../src/gui/importdialog.cpp" line="+23"/>
        <source>semicolons</source>
        <translation>points-virgules</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tabs</source>
        <translation>tabulations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>commas</source>
        <translation>virgules</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import CSV into %1</source>
        <translation>Importer un fichier CSV dans %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock per warehouse</source>
        <translation>Stock par entrepôt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detect from the header line</source>
        <translation>Détecter d&apos;après la ligne d&apos;en-tête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma (,)</source>
        <translation>Virgule (,)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon (;)</source>
        <translation>Point-virgule (;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column of the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+294"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="-294"/>
        <location line="+294"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location line="-294"/>
        <location line="+294"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>Import CSV</source>
        <translation>Importer un fichier CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n row(s) separated by %1, in UTF-8%2.</source>
        <translation>
            <numerusform>%n ligne, champs séparés par des %1, en UTF-8%2.</numerusform>
            <numerusform>%n lignes, champs séparés par des %1, en UTF-8%2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> with a byte order mark</source>
        <translation> avec une marque d&apos;ordre des octets (BOM)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 (required)</source>
        <translation>%1 (obligatoire)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Column for %1</source>
        <translation>Colonne pour %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not imported)</source>
        <translation>(non importé)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Choose a column for: %1.</source>
        <translation>Choisissez une colonne pour&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Nothing was imported: %n row(s) have problems, listed below. Correct the file, or import only the valid rows.</source>
        <translation>
            <numerusform>Rien n&apos;a été importé&#xa0;: %n ligne a des problèmes, listés ci-dessous. Corrigez le fichier, ou importez seulement les lignes valides.</numerusform>
            <numerusform>Rien n&apos;a été importé&#xa0;: %n lignes ont des problèmes, listés ci-dessous. Corrigez le fichier, ou importez seulement les lignes valides.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was imported: the file has no rows.</source>
        <translation>Rien n&apos;a été importé&#xa0;: le fichier ne contient aucune ligne.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Imported %n row(s): %1 new products, %2 updated, %3 unchanged.</source>
        <translation>
            <numerusform>%n ligne importée. Nouveaux produits&#xa0;: %1&#xa0;; mis à jour&#xa0;: %2&#xa0;; inchangés&#xa0;: %3.</numerusform>
            <numerusform>%n lignes importées. Nouveaux produits&#xa0;: %1&#xa0;; mis à jour&#xa0;: %2&#xa0;; inchangés&#xa0;: %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Imported %n row(s): %1 stock levels changed, %2 unchanged.</source>
        <translation>
            <numerusform>%n ligne importée. Niveaux de stock modifiés&#xa0;: %1&#xa0;; inchangés&#xa0;: %2.</numerusform>
            <numerusform>%n lignes importées. Niveaux de stock modifiés&#xa0;: %1&#xa0;; inchangés&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n row(s) with problems were skipped.</source>
        <translation>
            <numerusform>%n ligne avec des problèmes a été ignorée.</numerusform>
            <numerusform>%n lignes avec des problèmes ont été ignorées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>posbridge::JobScheduleModel</name>
    <message>
        <location filename="../src/gui/jobschedulemodel.cpp" line="+75"/>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On</source>
        <translation>Activée</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last run</source>
        <translation>Dernière exécution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next run</source>
        <translation>Prochaine exécution</translation>
    </message>
</context>
<context>
    <name>posbridge::ListingsModel</name>
    <message>
        <location filename="../src/gui/listingsmodel.cpp" line="+15"/>
        <source>Not listed</source>
        <translation>Non référencé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked</source>
        <translation>Lié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending update</source>
        <translation>Mise à jour en attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs a choice</source>
        <translation>Choix requis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>%1, archiving</source>
        <translation>%1, archivage en cours</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listing</source>
        <translation>Référencement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item ID</source>
        <translation>ID d&apos;article</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System SKU</source>
        <translation>SKU système</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom SKU</source>
        <translation>SKU personnalisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UPC</source>
        <translation>UPC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>posbridge::ListingsPage</name>
    <message>
        <location filename="../src/gui/listingspage.cpp" line="+36"/>
        <source>All products</source>
        <translation>Tous les produits</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Listings</source>
        <translation>Référencements</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n produit</numerusform>
            <numerusform>%n produits</numerusform>
        </translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+4"/>
        <source>Enable Listing</source>
        <translation>Activer le référencement</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n product(s) will be posted to Lightspeed.</source>
        <translation>
            <numerusform>%n produit sera publié dans Lightspeed.</numerusform>
            <numerusform>%n produits seront publiés dans Lightspeed.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+5"/>
        <source>Disable Listing</source>
        <translation>Désactiver le référencement</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+4"/>
        <source>Post Now</source>
        <translation>Publier maintenant</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+10"/>
        <location line="+4"/>
        <source>Choose Item</source>
        <translation>Choisir l&apos;article</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+5"/>
        <location line="+7"/>
        <source>Unlink</source>
        <translation>Délier</translation>
    </message>
    <message numerus="yes">
        <location line="-11"/>
        <source>Unlink %n product(s) from their Lightspeed items?</source>
        <translation>
            <numerusform>Délier %n produit de son article Lightspeed&#xa0;?</numerusform>
            <numerusform>Délier %n produits de leurs articles Lightspeed&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their listings are disabled and the items stay on Lightspeed. Enable a product again to match it or create its item anew.</source>
        <translation>Leurs référencements sont désactivés et les articles restent dans Lightspeed. Réactivez un produit pour l&apos;associer de nouveau ou recréer son article.</translation>
    </message>
</context>
<context>
    <name>posbridge::MainWindow</name>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="-494"/>
        <source>&amp;General Settings</source>
        <translation>&amp;Paramètres généraux</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Warehouses</source>
        <translation>En&amp;trepôts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Listings</source>
        <translation>&amp;Référencements</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Orders</source>
        <translation>&amp;Commandes</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>POS Bridge uses the new language the next time it starts.</source>
        <translation>POS Bridge utilisera la nouvelle langue au prochain démarrage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System Default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connection state</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last and next sync</source>
        <translation>Dernière et prochaine synchronisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate-limit bucket level</source>
        <translation>Niveau du seau de limitation de débit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No company selected</source>
        <translation>Aucune entreprise sélectionnée</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+74"/>
        <source>Last sync: — · Next sync: —</source>
        <translation>Dernière synchro&#xa0;: — · Prochaine synchro&#xa0;: —</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <location line="+106"/>
        <source>Bucket: —</source>
        <translation>Seau&#xa0;: —</translation>
    </message>
    <message>
        <location line="-168"/>
        <location line="+66"/>
        <source>Bucket: %1/%2</source>
        <translation>Seau&#xa0;: %1/%2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Companies</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <location line="+213"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>%1 (Demo) — POS Bridge[*]</source>
        <translation>%1 (démo) — POS Bridge[*]</translation>
    </message>
    <message>
        <location line="-308"/>
        <source>S&amp;ync History</source>
        <translation>Historique de s&amp;ynchronisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dashboard</source>
        <translation>Tableau de &amp;bord</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+6"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last sync: %1 · Next sync: %2</source>
        <translation>Dernière synchro&#xa0;: %1 · Prochaine synchro&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>Demo — POS Bridge[*]</source>
        <translation>Démo — POS Bridge[*]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — POS Bridge[*]</source>
        <translation>%1 — POS Bridge[*]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>POS Bridge[*]</source>
        <translation>POS Bridge[*]</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Demo Credentials…</source>
        <translation>&amp;Identifiants de démo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the e-mail and password for the sandbox&apos;s Lightspeed login page.</source>
        <translation>Affiche le courriel et le mot de passe de la page de connexion Lightspeed du bac à sable.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo mode</source>
        <translation>Mode démo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A demo database, connected to the Lightspeed sandbox at %1.</source>
        <translation>Une base de données de démo, connectée au bac à sable Lightspeed à l&apos;adresse %1.</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+6"/>
        <source>New Company</source>
        <translation>Nouvelle entreprise</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Name of the new company:</source>
        <translation>Nom de la nouvelle entreprise&#xa0;:</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+6"/>
        <source>Rename Company</source>
        <translation>Renommer l&apos;entreprise</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>New name of the company:</source>
        <translation>Nouveau nom de l&apos;entreprise&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+13"/>
        <source>Remove Company</source>
        <translation>Supprimer l&apos;entreprise</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Remove the company “%1”?</source>
        <translation>Supprimer l&apos;entreprise «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its warehouses, Lightspeed settings and stored secrets are deleted. This cannot be undone.</source>
        <translation>Ses entrepôts, ses paramètres Lightspeed et ses secrets enregistrés seront supprimés. Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Start at Lo&amp;gin</source>
        <translation>&amp;Démarrer à l&apos;ouverture de session</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starts POS Bridge in the system tray when you log in to this computer.</source>
        <translation>Lance POS Bridge dans la zone de notification quand vous ouvrez une session sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Start at Login</source>
        <translation>Démarrer à l&apos;ouverture de session</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Keep Syncing?</source>
        <translation>Continuer la synchronisation&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>POS Bridge can keep syncing in the system tray after the window closes.</source>
        <translation>POS Bridge peut continuer la synchronisation depuis la zone de notification une fois la fenêtre fermée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing stops when POS Bridge quits. Quit from the tray icon&apos;s menu later.</source>
        <translation>La synchronisation s&apos;arrête quand vous quittez POS Bridge. Pour quitter plus tard, utilisez le menu de son icône dans la zone de notification.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep Syncing in Tray</source>
        <translation>Continuer dans la zone de notification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Don&apos;t ask again</source>
        <translation>Ne plus demander</translation>
    </message>
</context>
<context>
    <name>posbridge::OrderLinesModel</name>
    <message>
        <location filename="../src/gui/orderlinesmodel.cpp" line="+108"/>
        <source>Unknown item: Lightspeed item %1 matched no product of this company. Link or add the product; the line stays on the order meanwhile.</source>
        <translation>Article inconnu&#xa0;: l&apos;article Lightspeed %1 ne correspond à aucun produit de cette entreprise. Liez ou ajoutez le produit&#xa0;; en attendant, la ligne reste sur la commande.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unknown item</source>
        <translation>Article inconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sale line</source>
        <translation>Ligne de vente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lightspeed item</source>
        <translation>Article Lightspeed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tax</source>
        <translation>Taxes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>posbridge::OrdersModel</name>
    <message>
        <location filename="../src/gui/ordersmodel.cpp" line="+19"/>
        <source>No customer</source>
        <translation>Aucun client</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Cancelled on %1: the sale was voided in Lightspeed and its stock moves were reversed.</source>
        <translation>Annulée le %1&#xa0;: la vente a été annulée dans Lightspeed et ses mouvements de stock ont été contrepassés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some lines are unknown items: their Lightspeed item matched no product.</source>
        <translation>Certaines lignes sont des articles inconnus&#xa0;: leur article Lightspeed ne correspond à aucun produit.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Unknown items</source>
        <translation>Articles inconnus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returns</source>
        <translation>Retours</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Completed</source>
        <translation>Finalisée le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sale ID</source>
        <translation>ID de vente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tax</source>
        <translation>Taxes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attention</source>
        <translation>À vérifier</translation>
    </message>
</context>
<context>
    <name>posbridge::OrdersPage</name>
    <message>
        <location filename="../src/gui/orderspage.cpp" line="+107"/>
        <source>Choose the product that Lightspeed sells as item %1 (“%2”). Its unknown lines are then booked, and later sales of the item find the product.</source>
        <translation>Choisissez le produit que Lightspeed vend comme article %1 («&#xa0;%2&#xa0;»). Ses lignes inconnues sont alors comptabilisées, et les ventes futures de l&apos;article retrouvent le produit.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Item %1 now belongs to the product; %n unknown line(s) were booked.</source>
        <translation>
            <numerusform>L&apos;article %1 appartient désormais au produit&#xa0;; %n ligne inconnue a été comptabilisée.</numerusform>
            <numerusform>L&apos;article %1 appartient désormais au produit&#xa0;; %n lignes inconnues ont été comptabilisées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n commande</numerusform>
            <numerusform>%n commandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n return(s)</source>
        <translation>
            <numerusform>%n retour</numerusform>
            <numerusform>%n retours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Select an order to see its lines.</source>
        <translation>Sélectionnez une commande pour voir ses lignes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lightspeed sale %1, ticket %2, completed %3, total %4.</source>
        <translation>Vente Lightspeed %1, ticket %2, finalisée le %3, total %4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled on %1 after the sale was voided.</source>
        <translation>Annulée le %1 après l&apos;annulation de la vente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Highlighted lines are unknown items.</source>
        <translation>Les lignes en surbrillance sont des articles inconnus.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New orders may have arrived. Use Refresh to see them.</source>
        <translation>De nouvelles commandes sont peut-être arrivées. Utilisez Actualiser pour les voir.</translation>
    </message>
</context>
<context>
    <name>posbridge::ReturnsModel</name>
    <message>
        <location filename="../src/gui/returnsmodel.cpp" line="+103"/>
        <source>The sale was voided, so this return no longer counts.</source>
        <translation>La vente a été annulée&#xa0;: ce retour ne compte plus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown item: Lightspeed item %1 matched no product, so no stock was booked.</source>
        <translation>Article inconnu&#xa0;: l&apos;article Lightspeed %1 ne correspond à aucun produit, donc aucun stock n&apos;a été comptabilisé.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Unknown item</source>
        <translation>Article inconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not booked</source>
        <translation>Non comptabilisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+12"/>
        <source>Booked</source>
        <translation>Comptabilisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sale ID</source>
        <translation>ID de vente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lightspeed item</source>
        <translation>Article Lightspeed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warehouse</source>
        <translation>Entrepôt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>posbridge::SandboxLauncher</name>
    <message>
        <location filename="../src/sync/sandboxlauncher.cpp" line="+81"/>
        <source>the POSBRIDGE_SANDBOX environment variable (not set)</source>
        <translation>la variable d&apos;environnement POSBRIDGE_SANDBOX (non définie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the POSBRIDGE_SANDBOX environment variable (%1, not an executable file)</source>
        <translation>la variable d&apos;environnement POSBRIDGE_SANDBOX (%1, qui n&apos;est pas un fichier exécutable)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The demo needs %1, the local Lightspeed sandbox, but it was not found. Looked in: %2; %3; the folders on PATH. Build it (cmake --build build --target %1), or set POSBRIDGE_SANDBOX to its path.</source>
        <translation>La démo a besoin de %1, le bac à sable Lightspeed local, mais il est introuvable. Emplacements cherchés&#xa0;: %2&#xa0;; %3&#xa0;; les dossiers du PATH. Compilez-le (cmake --build build --target %1) ou indiquez son chemin dans POSBRIDGE_SANDBOX.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The sandbox is already running.</source>
        <translation>Le bac à sable est déjà en cours d&apos;exécution.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Could not start the sandbox %1: %2</source>
        <translation>Impossible de démarrer le bac à sable %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The sandbox %1 started, but its READY line could not be read. Check that it is the same version as POS Bridge.</source>
        <translation>Le bac à sable %1 a démarré, mais sa ligne READY n&apos;a pas pu être lue. Vérifiez qu&apos;il est de la même version que POS Bridge.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sandbox %1 exited with code %2 before it was ready. Its log may say why.</source>
        <translation>Le bac à sable %1 s&apos;est arrêté avec le code %2 avant d&apos;être prêt. Son journal en indique peut-être la raison.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sandbox %1 did not report that it was ready within %2 seconds. Its log may say why.</source>
        <translation>Le bac à sable %1 n&apos;a pas signalé qu&apos;il était prêt dans les %2 secondes. Son journal en indique peut-être la raison.</translation>
    </message>
</context>
<context>
    <name>posbridge::SettingsPage</name>
    <message>
        <location filename="../src/gui/settingspage.cpp" line="+33"/>
        <source>Custom SKU</source>
        <translation>SKU personnalisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UPC</source>
        <translation>UPC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EAN</source>
        <translation>EAN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manufacturer SKU</source>
        <translation>SKU du fabricant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System SKU</source>
        <translation>SKU système</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+6"/>
        <source>Show Client Secret</source>
        <translation>Afficher le Client Secret</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Shows or hides the Client Secret.</source>
        <translation>Affiche ou masque le Client Secret.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hide Client Secret</source>
        <translation>Masquer le Client Secret</translation>
    </message>
    <message numerus="yes">
        <location line="+137"/>
        <source> units</source>
        <comment>suffix after the safety buffer</comment>
        <translation>
            <numerusform> unité</numerusform>
            <numerusform> unités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> days</source>
        <comment>suffix after the history retention</comment>
        <translation>
            <numerusform> jour</numerusform>
            <numerusform> jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Received on %1 (UTC: %2).</source>
        <translation>Reçu le %1 (UTC&#xa0;: %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When the current token was received, in your local time.</source>
        <translation>La date de réception du jeton actuel, dans votre heure locale.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(None)</source>
        <translation>(Aucun)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(Removed warehouse)</source>
        <translation>(Entrepôt supprimé)</translation>
    </message>
    <message>
        <location line="+249"/>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The settings are being saved. Try again in a moment.</source>
        <translation>Les paramètres sont en cours d&apos;enregistrement. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Lightspeed settings have changes that are not saved.</source>
        <translation>Les paramètres Lightspeed comportent des modifications non enregistrées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save them before leaving?</source>
        <translation>Les enregistrer avant de quitter la page&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some fields are invalid, so the changes cannot be saved as they are.</source>
        <translation>Certains champs ne sont pas valides&#xa0;: les modifications ne peuvent pas être enregistrées en l&apos;état.</translation>
    </message>
</context>
<context>
    <name>posbridge::SyncEngine</name>
    <message>
        <location filename="../src/sync/syncengine.cpp" line="+253"/>
        <source>Authorization expired — use Fetch Token</source>
        <translation>Autorisation expirée — utilisez Obtenir un jeton</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not connected — use Fetch Token</source>
        <translation>Non connecté — utilisez Obtenir un jeton</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Paused — use Resume All</source>
        <translation>En pause — utilisez Tout reprendre</translation>
    </message>
</context>
<context>
    <name>posbridge::SyncEventsModel</name>
    <message>
        <location filename="../src/gui/synceventsmodel.cpp" line="+146"/>
        <source>Time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lightspeed ID</source>
        <translation>ID Lightspeed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local ID</source>
        <translation>ID local</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP status</source>
        <translation>Statut HTTP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>posbridge::SyncHistoryPage</name>
    <message>
        <location filename="../src/gui/synchistorypage.cpp" line="+115"/>
        <source>All companies</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All jobs</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All results</source>
        <translation>Tous</translation>
    </message>
    <message numerus="yes">
        <location line="+92"/>
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n exécution</numerusform>
            <numerusform>%n exécutions</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>New runs have started. Use Refresh to see them.</source>
        <translation>De nouvelles exécutions ont démarré. Utilisez Actualiser pour les voir.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Select a run to see its item events.</source>
        <translation>Sélectionnez une exécution pour voir ses événements par article.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Company %1</source>
        <translation>Entreprise %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2, started %3: %4. %5 fetched, %6 created, %7 updated, %8 skipped, %9 failed.</source>
        <translation>%1 pour %2&#xa0;: exécution démarrée le %3, %4. Récupérés&#xa0;: %5&#xa0;; créés&#xa0;: %6&#xa0;; mis à jour&#xa0;: %7&#xa0;; ignorés&#xa0;: %8&#xa0;; en échec&#xa0;: %9.</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Released %n held item(s) and asked for a new %1 run.</source>
        <translation>
            <numerusform>%n article retenu libéré&#xa0;; une nouvelle exécution est demandée (%1).</numerusform>
            <numerusform>%n articles retenus libérés&#xa0;; une nouvelle exécution est demandée (%1).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export Sync Runs</source>
        <translation>Exporter les exécutions de synchronisation</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Export Events of Run %1</source>
        <translation>Exporter les événements de l&apos;exécution %1</translation>
    </message>
</context>
<context>
    <name>posbridge::SyncRunsModel</name>
    <message>
        <location filename="../src/gui/syncrunsmodel.cpp" line="+149"/>
        <source>Company %1</source>
        <translation>Entreprise %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetched</source>
        <translation>Récupérés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Créés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped</source>
        <translation>Ignorés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drips used</source>
        <translation>Gouttes utilisées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>posbridge::SyncStatusWidget</name>
    <message>
        <location filename="../src/gui/syncstatuswidget.cpp" line="+49"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>posbridge::TrayController</name>
    <message>
        <location filename="../src/gui/traycontroller.cpp" line="+26"/>
        <source>&amp;Sync Now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloads orders, uploads inventory and posts products now, for every company that has them switched on.</source>
        <translation>Télécharge les commandes, envoie le stock et publie les produits maintenant, pour chaque entreprise où ces tâches sont activées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Pause All</source>
        <translation>Tout mettre en &amp;pause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stops every company&apos;s syncing until Resume All; running jobs are cancelled.</source>
        <translation>Arrête la synchronisation de toutes les entreprises jusqu&apos;à Tout reprendre&#xa0;; les tâches en cours sont annulées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resume All</source>
        <translation>Tout &amp;reprendre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open POS Bridge</source>
        <translation>&amp;Ouvrir POS Bridge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>posbridge::TrayStateModel</name>
    <message>
        <location filename="../src/sync/traystatemodel.cpp" line="+98"/>
        <source>Authorization expired</source>
        <translation>Autorisation expirée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 stopped syncing: Lightspeed no longer accepts its authorization. Use Fetch Token to connect it again.</source>
        <translation>%1&#xa0;: la synchronisation est arrêtée, car Lightspeed n&apos;accepte plus son autorisation. Utilisez Obtenir un jeton pour rétablir la connexion.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sync failed</source>
        <translation>Échec de la synchronisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 failed: %3</source>
        <translation>%1&#xa0;: %2 a échoué&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n similar notification(s) were not shown.</source>
        <translation>
            <numerusform>%n notification similaire n&apos;a pas été affichée.</numerusform>
            <numerusform>%n notifications similaires n&apos;ont pas été affichées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Company %1</source>
        <translation>Entreprise %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Authorization expired — use Fetch Token</source>
        <translation>Autorisation expirée — utilisez Obtenir un jeton</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Syncing: %1</source>
        <translation>%1 en cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next: %1</source>
        <translation>Prochaine synchro à %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync off</source>
        <translation>Synchronisation désactivée</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>POS Bridge</source>
        <translation>POS Bridge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All syncing is paused.</source>
        <translation>Toutes les synchronisations sont en pause.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>posbridge::WarehousesPage</name>
    <message>
        <location filename="../src/gui/warehousespage.cpp" line="+61"/>
        <source>Warehouses</source>
        <translation>Entrepôts</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+6"/>
        <source>Add Warehouse</source>
        <translation>Ajouter un entrepôt</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Name of the new warehouse:</source>
        <translation>Nom du nouvel entrepôt&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+6"/>
        <source>Rename Warehouse</source>
        <translation>Renommer l&apos;entrepôt</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>New name of the warehouse:</source>
        <translation>Nouveau nom de l&apos;entrepôt&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+6"/>
        <source>Remove Warehouse</source>
        <translation>Supprimer l&apos;entrepôt</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Remove the warehouse “%1”?</source>
        <translation>Supprimer l&apos;entrepôt «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
</context>
</TS>

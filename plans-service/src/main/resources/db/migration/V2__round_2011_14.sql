-- The round of the committee paper (Teknik- og Miljøudvalget, 4 April 2011, case 2011-22288):
-- boligsociale helhedsplaner 2011-14 and the five themes it puts up for discussion.
INSERT INTO round (id, name, description, max_plan_years, currency) VALUES (
    '2011-14',
    'Boligsociale helhedsplaner 2011-14',
    'Ny runde boligsociale helhedsplaner muliggjort af Boligaftalen 2010 (440 mio. kr. årligt på landsplan). '
    || 'Landsbyggefonden prækvalificerer ansøgningerne, helhedsplanerne behandles politisk i efteråret 2011, '
    || 'hvorefter Landsbyggefonden giver støttetilsagn. Københavns Kommunes medfinansieringspulje på 30 mio. kr. '
    || '(2012-2014) muliggør helhedsplaner for 290 mio. kr., forudsat at boligorganisationerne medfinansierer med 30 mio. kr.',
    4,
    'DKK');

INSERT INTO round_theme (round_id, code, position, name_da, name_en, description) VALUES
('2011-14', 'BOERN_UNGE_FAMILIER', 1, 'Børn, unge og familier', 'Children, young people and families',
 'Mange børn og unge er uden tilknytning til foreningsliv og klubtilbud og skaber i nogle tilfælde utryghed. '
 || 'Målrettede aktiviteter og brobygning til eksisterende tilbud - f.eks. introduktion til foreningslivet og hjælp til fritidsjob - '
 || 'skal forebygge kriminalitet og utryghed, og forældre skal i højere grad inddrages i aktiviteterne.'),
('2011-14', 'SOCIALT_LIV_OG_EVNEN_TIL_AT_BO', 2, 'Det sociale liv og evnen til at bo', 'Social life and the ability to live in a home',
 'Koncentrationen af komplekse problemstillinger påvirker beboernes evne til at bo og undergraver sammenhængskraften. '
 || 'Høje udgifter til vedligeholdelse og hærværksbekæmpelse; helhedsplanerne arbejder med adfærdsændringer, '
 || 'bl.a. ved at uddanne miljøambassadører blandt beboerne.'),
('2011-14', 'BESKAEFTIGELSE_OG_UDDANNELSE', 3, 'Beskæftigelse og uddannelse', 'Employment and education',
 'Færre på passiv forsørgelse og flere beboere på vej mod beskæftigelse. Motivation til frivilligt arbejde, '
 || 'opkvalificering i forhold til job og uddannelse, nye beskæftigelsesmuligheder og iværksætteri, '
 || 'som bygger bro til de kommunale beskæftigelsesindsatser.'),
('2011-14', 'SUNDHED', 4, 'Sundhed', 'Health',
 'Sundhedstilstanden er betydeligt ringere i de udsatte boligområder. Aktiviteter rettet mod udsatte beboere sætter fokus på sundhed '
 || 'som kilde til trivsel og som forudsætning for en stabil tilknytning til arbejdsmarkedet, med brobygning til kommunale og private tilbud.'),
('2011-14', 'INTEGRATION', 5, 'Integration', 'Integration',
 'Overrepræsentation af borgere fra ikke-vestlige lande og store integrationsudfordringer. Integration arbejdes der med i kombination '
 || 'med de øvrige temaer; målet er, at der ikke kommer nye udsatte boligområder i København.');

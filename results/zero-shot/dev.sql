SELECT count(*) FROM singer
SELECT COUNT(*) FROM singer
SELECT Name, Country, Age FROM singer ORDER BY Age ASC
SELECT Name, Country, Age FROM singer ORDER BY Age DESC
SELECT AVG(Age), MIN(Age), MAX(Age) FROM singer WHERE Country = 'France'
SELECT AVG(Age), MIN(Age), MAX(Age) FROM singer WHERE Country = 'France'
SELECT S.Name, S.Song_release_year FROM singer_in_concert S JOIN singer S2 ON S.Singer_ID = S2.Singer_ID JOIN singer_in_concert S3 ON S3.Singer_ID = S2.Singer_ID JOIN singer_in_concert S4 ON S4.Singer_ID = S2.Singer_ID JOIN singer_in_concert S5 ON S5.Singer_ID = S2.Singer_ID JOIN singer_in_concert S6 ON S6.Singer_ID = S2.Singer_ID JOIN singer_in_concert S7 ON S7.Singer_ID = S2.Singer_ID JOIN singer_in_concert S8 ON S8.Singer_ID = S2.Singer_ID JOIN singer_in_concert S9 ON S9.Singer_ID = S2.Singer_ID JOIN singer_in_concert S10 ON S10.Singer_ID = S2.Singer_ID JOIN singer_in_concert S11 ON S11.Singer_ID = S2.Singer_ID JOIN singer_in_concert S12 ON S12.Singer_ID = S2.Singer_ID JOIN singer_in_concert S13 ON S13.Singer_ID = S
SELECT S.Name, S.Song_release_year FROM singer_in_concert S JOIN singer S2 ON S.Singer_ID = S2.Singer_ID JOIN singer_in_concert S3 ON S2.Singer_ID = S3.Singer_ID JOIN singer_in_concert S4 ON S3.Singer_ID = S4.Singer_ID JOIN singer_in_concert S5 ON S4.Singer_ID = S5.Singer_ID JOIN singer_in_concert S6 ON S5.Singer_ID = S6.Singer_ID JOIN singer_in_concert S7 ON S6.Singer_ID = S7.Singer_ID JOIN singer_in_concert S8 ON S7.Singer_ID = S8.Singer_ID JOIN singer_in_concert S9 ON S8.Singer_ID = S9.Singer_ID JOIN singer_in_concert S10 ON S9.Singer_ID = S10.Singer_ID JOIN singer_in_concert S11 ON S10.Singer_ID = S11.Singer_ID JOIN singer_in_concert S12 ON S11.Singer_ID = S12.Singer_ID JOIN singer_in_concert S13 ON S12.Singer_ID
SELECT DISTINCT Country FROM singer WHERE Age > 20
SELECT DISTINCT Country FROM singer WHERE Age > 20
SELECT Country, COUNT(*) FROM singer GROUP BY Country
SELECT Country, COUNT(*) FROM singer GROUP BY Country
SELECT Song_Name FROM singer WHERE Age > (SELECT AVG(Age) FROM singer)
SELECT Song_Name FROM singer_in_concert WHERE Singer_ID IN (SELECT Singer_ID FROM singer WHERE Age > (SELECT AVG(Age) FROM singer))
SELECT LOCATION, Name FROM stadium WHERE Capacity BETWEEN 5000 AND 10000
SELECT LOCATION, Name FROM stadium WHERE Capacity BETWEEN 5000 AND 10000
SELECT MAX(Capacity), AVG(Capacity) FROM stadium
SELECT AVG(Capacity), MAX(Capacity) FROM stadium
SELECT Name, Capacity FROM stadium WHERE Average = (SELECT MAX(Average) FROM stadium)
SELECT Name, Capacity FROM stadium WHERE Average = (SELECT MAX(Average) FROM stadium)
SELECT COUNT(concert_ID) FROM concert WHERE YEAR = 2014 OR YEAR = 2015
SELECT COUNT(concert_ID) FROM concert WHERE YEAR = 2014 OR YEAR = 2015
SELECT stadium.Name, COUNT(concert_ID) FROM stadium JOIN singer_in_concert ON stadium.Stadium_ID = singer_in_concert.Singer_ID GROUP BY stadium.Name
SELECT stadium_id, COUNT(*) FROM concert GROUP BY stadium_id
SELECT T2.stadium_name, T2.capacity FROM concert AS T1 JOIN singer_in_concert AS T2 ON T1.concert_id = T2.concert_id WHERE T1.Year = 2014 GROUP BY T2.stadium_id ORDER BY COUNT(*) DESC LIMIT 1
SELECT T2.Name, T2.Capacity FROM stadium AS T1 JOIN singer_in_concert AS T2 ON T1.Stadium_ID = T2.Stadium_ID WHERE T1.Year > 2013 GROUP BY T1.Stadium_ID ORDER BY COUNT(*) DESC LIMIT 1
SELECT YEAR FROM concert GROUP BY YEAR ORDER BY COUNT(*) DESC LIMIT 1
SELECT YEAR FROM concert GROUP BY YEAR ORDER BY COUNT(*) DESC LIMIT 1
SELECT Name FROM stadium WHERE Stadium_ID NOT IN (SELECT concert_ID FROM concert)
SELECT Name FROM stadium WHERE Stadium_ID NOT IN (SELECT concert_ID FROM concert)
SELECT Country FROM singer WHERE Age > 40 AND Age < 30
SELECT Name FROM stadium WHERE Stadium_ID NOT IN (SELECT Singer_ID FROM singer_in_concert WHERE Concert_ID IN (SELECT concert_ID FROM concert WHERE Year = 2014))
SELECT Name FROM stadium WHERE Stadium_ID NOT IN (SELECT Stadium_ID FROM concert WHERE Year = 2014)
SELECT concert_name, theme, COUNT(*) AS num_singers FROM concert JOIN singer_in_concert ON concert.concert_id = singer_in_concert.concert_id JOIN singer ON singer_in_concert.singer_id = singer.singer_id GROUP BY concert_name, theme
SELECT concert_name, theme, COUNT(*) FROM concert GROUP BY concert_id
SELECT s.Name, COUNT(*) AS Concerts FROM singer s JOIN singer_in_concert si ON s.Singer_ID = si.Singer_ID JOIN concert c ON si.Concert_ID = c.Concert_ID GROUP BY s.Singer_ID
SELECT s.Name, COUNT(*) AS Concerts FROM singer s JOIN singer_in_concert si ON s.Singer_ID = si.Singer_ID JOIN concert c ON si.Concert_ID = c.Concert_ID GROUP BY s.Singer_ID
SELECT Name FROM singer WHERE Singer_ID IN (SELECT Singer_ID FROM singer_in_concert WHERE Concert_ID IN (SELECT concert_ID FROM concert WHERE Year = 2014))
SELECT T2.Name FROM singer_in_concert AS T1 JOIN singer AS T2 ON T1.Singer_ID = T2.Singer_ID WHERE T1.Concert_ID IN (SELECT concert_ID FROM concert WHERE Year = 2014)
SELECT T2.Name, T2.Country FROM singer AS T1 JOIN singer_in_concert AS T2 ON T1.Singer_ID = T2.Singer_ID JOIN concert AS T3 ON T2.concert_ID = T3.concert_ID WHERE T3.Song_Name LIKE '%Hey%'
SELECT s.Name, s.Country FROM singer s JOIN singer_in_concert si ON s.Singer_ID = si.Singer_ID JOIN concert c ON si.Concert_ID = c.Concert_ID WHERE c.Title LIKE '%Hey%'
SELECT T1.Location, T1.Name FROM concert AS T1 JOIN singer_in_concert AS T2 ON T1.concert_ID = T2.concert_ID JOIN stadium AS T3 ON T2.Singer_ID = T3.Singer_ID WHERE T1.Year BETWEEN 2014 AND 2015
SELECT T2.Name, T2.Location FROM concert AS T1 JOIN singer_in_concert AS T2 ON T1.concert_ID = T2.concert_ID WHERE T1.Year = '2014' AND T2.Year = '2015'
SELECT COUNT(concert_ID) FROM concert WHERE Stadium_ID = (SELECT Stadium_ID FROM stadium ORDER BY Capacity DESC LIMIT 1)
SELECT COUNT(concert_ID) FROM concert WHERE Stadium_ID = (SELECT Stadium_ID FROM stadium ORDER BY Capacity DESC LIMIT 1)
SELECT COUNT(*) FROM Pets WHERE weight > 10
SELECT COUNT(*) FROM Pets WHERE weight > 10
SELECT weight FROM Pets WHERE PetID IN (SELECT PetID FROM Has_Pet WHERE PetType = 'Dog' ORDER BY pet_age ASC LIMIT 1)
SELECT weight FROM Pets WHERE PetID IN (SELECT PetID FROM Has_Pet WHERE PetType = 'Dog' ORDER BY PetAge ASC LIMIT 1)
SELECT PetType, MAX(weight) FROM Pets GROUP BY PetType
SELECT PetType, MAX(weight) FROM Pets GROUP BY PetType
SELECT COUNT(*) FROM Has_Pet AS T1 JOIN Pets AS T2 ON T1.PetID = T2.PetID JOIN Student AS T3 ON T1.StuID = T3.StuID WHERE T3.Age > 20
SELECT COUNT(*) FROM Has_Pet AS T1 JOIN Pets AS T2 ON T1.PetID = T2.PetID JOIN Student AS T3 ON T1.StuID = T3.StuID WHERE T3.Age > 20
SELECT COUNT(T1.PetID) FROM Has_Pet AS T1 JOIN Pets AS T2 ON T1.PetID = T2.PetID JOIN Student AS T3 ON T1.StuID = T3.StuID WHERE T3.Sex = 'F' AND T2.PetType = 'Dog'
SELECT COUNT(T2.PetID) FROM Has_Pet AS T1 JOIN Pets AS T2 ON T1.PetID = T2.PetID WHERE T1.StuID IN (SELECT StuID FROM Student WHERE Sex = 'F' AND Major = 12) AND T2.PetType = 'Dog'
SELECT count(DISTINCT PetType) FROM Pets
SELECT count(DISTINCT PetType) FROM Pets
SELECT T1.fname FROM Has_Pet AS T1 JOIN Pets AS T2 ON T1.PetID = T2.PetID WHERE T2.PetType IN ('cat', 'dog')
SELECT T1.fname FROM Has_Pet AS T1 JOIN Pets AS T2 ON T1.PetID = T2.PetID WHERE T2.PetType IN ('cat', 'dog')
SELECT T1.fname FROM Has_Pet AS T1 JOIN Pets AS T2 ON T1.PetID = T2.PetID WHERE T2.PetType = 'cat' AND T2.PetType = 'dog'
SELECT T1.fname FROM Has_Pet AS T1 JOIN Pets AS T2 ON T1.PetID = T2.PetID WHERE T2.PetType = 'cat' AND T2.PetType = 'dog'
SELECT Major, Age FROM Student WHERE PetID NOT IN (SELECT PetID FROM Has_Pet WHERE PetType = 'cat')
SELECT Major, Age FROM Student WHERE PetID NOT IN (SELECT PetID FROM Has_Pet WHERE PetType = 'cat') AND PetID NOT IN (SELECT PetID FROM Pets WHERE PetType = 'dog')
SELECT StuID FROM Has_Pet WHERE PetID NOT IN (SELECT PetID FROM Pets WHERE PetType = 'cat')
SELECT StuID FROM Has_Pet WHERE PetID NOT IN (SELECT PetID FROM Pets WHERE PetType = 'Cat')
SELECT T1.fname, T1.age FROM Has_Pet AS T1 JOIN Pets AS T2 ON T1.PetID = T2.PetID WHERE T2.PetType = 'dog' AND T2.PetID NOT IN (SELECT PetID FROM Pets WHERE PetType = 'cat')
SELECT T1.fname FROM Has_Pet AS T1 JOIN Pets AS T2 ON T1.PetID = T2.PetID WHERE T2.PetType = 'dog' AND T1.StuID NOT IN (SELECT StuID FROM Has_Pet AS T3 WHERE T3.PetID = T2.PetID AND T3.PetType = 'cat')
SELECT PetType, weight FROM Pets ORDER BY PetAge ASC LIMIT 1
SELECT PetType, weight FROM Pets WHERE PetID = (SELECT PetID FROM Has_Pet ORDER BY PetAge ASC LIMIT 1)
SELECT PetID, weight FROM Pets WHERE pet_age > 1
SELECT StuID, weight FROM Pets WHERE pet_age > 1
SELECT PetType, AVG(PetAge), MAX(PetAge) FROM Pets GROUP BY PetType
SELECT PetType, AVG(PetAge), MAX(PetAge) FROM Pets GROUP BY PetType
SELECT PetType, AVG(weight) FROM Pets GROUP BY PetType
SELECT PetType, AVG(weight) FROM Pets GROUP BY PetType
SELECT Fname, Age FROM Student WHERE StuID IN (SELECT StuID FROM Has_Pet)
SELECT DISTINCT T1.fname, T1.age FROM Has_Pet AS T1 JOIN Student AS T2 ON T1.StuID = T2.StuID WHERE T1.PetID IS NOT NULL
SELECT PetID FROM Has_Pet WHERE PetID IN (SELECT PetID FROM Pets WHERE PetType = 'Dog' AND LName = 'Smith')
SELECT PetID FROM Has_Pet WHERE PetID IN (SELECT PetID FROM Pets WHERE PetType = 'Dog' AND LName = 'Smith')
SELECT StuID, COUNT(*) AS num_pets FROM Has_Pet WHERE PetID IN ( SELECT PetID FROM Pets WHERE PetID IN ( SELECT PetID FROM Has_Pet WHERE PetID IN ( SELECT PetID FROM Pets WHERE PetID IN ( SELECT PetID FROM Has_Pet WHERE PetID IN ( SELECT PetID FROM Pets WHERE PetID IN ( SELECT PetID FROM Has_Pet WHERE PetID IN ( SELECT PetID FROM Pets WHERE PetID IN ( SELECT PetID FROM Has_Pet WHERE PetID IN ( SELECT PetID FROM Pets WHERE PetID IN ( SELECT PetID FROM Has_Pet WHERE PetID IN ( SELECT PetID FROM Pets WHERE PetID IN ( SELECT PetID FROM Has_Pet WHERE PetID IN ( SELECT PetID FROM Pets WHERE PetID IN ( SELECT PetID FROM Has_Pet WHERE PetID IN ( SELECT PetID FROM Pets
SELECT StuID, COUNT(*) AS num_pets FROM Has_Pet WHERE PetID IN ( SELECT PetID FROM Pets WHERE PetType = 'Pet' ) GROUP BY StuID
SELECT T1.fname, T1.sex FROM Has_Pet AS T1 JOIN Pets AS T2 ON T1.PetID = T2.PetID GROUP BY T1.StuID HAVING COUNT(*) > 1
SELECT T1.fname, T1.sex FROM Has_Pet AS T1 JOIN Pets AS T2 ON T1.PetID = T2.PetID GROUP BY T1.StuID HAVING COUNT(*) > 1
SELECT T2.lname FROM Has_Pet AS T1 JOIN Pets AS T2 ON T1.PetID = T2.PetID WHERE T1.PetType = 'cat' AND T1.PetAge = 3 ORDER BY T1.StuID DESC LIMIT 1
SELECT T2.lname FROM Has_Pet AS T1 JOIN Pets AS T2 ON T1.PetID = T2.PetID WHERE T1.PetType = 'cat' AND T1.pet_age = 3 AND T1.StuID = (SELECT StuID FROM Student WHERE LName = 'Smith' AND Fname = 'Johnson')
SELECT AVG(T2.pet_age) FROM Has_Pet AS T1 JOIN Pets AS T2 ON T1.PetID = T2.PetID WHERE T1.StuID NOT IN (SELECT StuID FROM Has_Pet)
SELECT AVG(T2.pet_age) FROM Has_Pet AS T1 JOIN Pets AS T2 ON T1.PetID = T2.PetID WHERE T1.StuID NOT IN (SELECT StuID FROM Has_Pet)
SELECT count(*) FROM continents
SELECT count(*) FROM continents
SELECT T2.Continent, T2.ContinentName, COUNT(T1.Country) FROM countries AS T1 JOIN continents AS T2 ON T1.Continent = T2.ContinentId GROUP BY T2.Continent
SELECT T2.Continent, T2.CountryName, COUNT(T1.Country) FROM continents AS T1 JOIN countries AS T2 ON T1.Continent = T2.Continent GROUP BY T1.Continent
SELECT count(*) FROM countries
SELECT count(*) FROM countries
SELECT c.Maker, c.Id, COUNT(m.Model) AS ModelCount FROM car_makers c JOIN car_names m ON c.Id = m.MakeId GROUP BY c.Maker
SELECT c.FullName, c.Id, COUNT(m.Model) FROM car_makers c JOIN car_names m ON c.Id = m.MakeId GROUP BY c.FullName
SELECT Model FROM cars_data WHERE Horsepower = (SELECT MIN(Horsepower) FROM cars_data)
SELECT Model FROM cars_data ORDER BY Horsepower ASC LIMIT 1
SELECT Model FROM cars_data WHERE Weight < (SELECT AVG(Weight) FROM cars_data)
SELECT Model FROM cars_data WHERE Weight < (SELECT AVG(Weight) FROM cars_data)
SELECT FullName FROM car_makers WHERE Id IN ( SELECT MakeId FROM cars_data WHERE Year = 1970 )
SELECT DISTINCT Maker FROM car_makers WHERE Year = 1970
SELECT M.Make, M.Year FROM car_makers M JOIN cars_data CD ON M.Id = CD.MakeId WHERE CD.Year = (SELECT MIN(Year) FROM cars_data)
SELECT T1.Make, T1.Year FROM car_makers AS T1 JOIN cars_data AS T2 ON T1.Id = T2.MakeId WHERE T2.Year = (SELECT MIN(Year) FROM cars_data)
SELECT DISTINCT Model FROM cars_data WHERE Year > 1980
SELECT DISTINCT Model FROM cars_data WHERE Year > 1980
SELECT T2.Continent, COUNT(*) FROM car_makers AS T1 JOIN continents AS T2 ON T1.Continent = T2.Continent GROUP BY T2.Continent
SELECT T2.Continent, COUNT(T1.Id) FROM continents AS T1 JOIN countries AS T2 ON T1.Continent = T2.Continent GROUP BY T1.Continent
SELECT CountryName FROM countries WHERE Continent = (SELECT Continent FROM continents ORDER BY COUNT(*) DESC LIMIT 1)
SELECT CountryName FROM countries WHERE Continent = (SELECT Continent FROM continents ORDER BY COUNT(*) DESC LIMIT 1)
SELECT COUNT(Id), FullName FROM car_names GROUP BY FullName
SELECT M.Maker, COUNT(M.Model) AS ModelCount, M.FullName FROM car_makers M JOIN car_names N ON M.Id = N.MakeId GROUP BY M.Maker
SELECT Accelerate FROM cars_data WHERE Model = 'AMC Hornet Sportabout (SW)'
SELECT SUM(CASE WHEN T1.Model = 'amc hornet sportabout (sw)' THEN T2.Accelerate ELSE 0 END) FROM cars_data AS T1 JOIN model_list AS T2 ON T1.Id = T2.MakeId WHERE T1.Make = 'amc hornet sportabout (sw)'
SELECT COUNT(Id) FROM car_makers WHERE Country = 'France'
SELECT COUNT(Id) FROM car_makers WHERE Country = 'France'
SELECT COUNT(Model) FROM cars_data WHERE Country = 'USA'
SELECT COUNT(Model) FROM cars_data WHERE Country = 'United States'
SELECT AVG(T1.MPG) FROM cars_data AS T1 JOIN model_list AS T2 ON T1.Id = T2.MakeId WHERE T2.Cylinders = 4
SELECT AVG(MPG) FROM cars_data WHERE Cylinders = 4
SELECT MIN(Weight) FROM cars_data WHERE Model = 'Toyota Corolla' AND Cylinders = 8 AND Year = 1974
SELECT MIN(Weight) FROM cars_data WHERE Model = 'Toyota Camry' AND Cylinders = 8 AND Year = 1974
SELECT Maker, Model FROM car_makers
SELECT Maker, Model FROM car_names
SELECT T2.CountryName, T2.CountryId FROM car_makers AS T1 JOIN model_list AS T2 ON T1.Id = T2.MakerId GROUP BY T2.CountryName HAVING COUNT(*) >= 1
SELECT T2.CountryName, T2.Id FROM car_makers AS T1 JOIN model_list AS T2 ON T1.Id = T2.MakerId GROUP BY T2.CountryName HAVING COUNT(*) >= 1
SELECT COUNT(Id) FROM cars_data WHERE Horsepower > 150
SELECT COUNT(Id) FROM cars_data WHERE Horsepower > 150
SELECT Year, AVG(Weight) FROM cars_data GROUP BY Year
SELECT YEAR, AVG(Weight) FROM cars_data GROUP BY YEAR
SELECT T2.CountryName FROM countries AS T1 INNER JOIN car_makers AS T2 ON T1.CountryId = T2.Country WHERE T1.Continent = 'Europe' AND COUNT(T2.Id) >= 3
SELECT DISTINCT T2.CountryName FROM car_makers AS T1 JOIN model_list AS T2 ON T1.Id = T2.Maker WHERE T1.Country = 'Europe' AND COUNT(T1.Id) >= 3
SELECT MAX(Horsepower), Make FROM cars_data WHERE Cylinders = 3
SELECT Model, Horsepower FROM cars_data WHERE Cylinders = 3 ORDER BY Horsepower DESC LIMIT 1
SELECT Model FROM cars_data ORDER BY MPG DESC LIMIT 1
SELECT Model FROM cars_data ORDER BY MPG DESC LIMIT 1
SELECT AVG(Horsepower) FROM cars_data WHERE Year < 1980
SELECT AVG(Horsepower) FROM cars_data WHERE Year < 1980
SELECT AVG(Edispl) FROM cars_data WHERE Model = 'Volvo'
SELECT AVG(Edispl) FROM cars_data WHERE Model = 'Volvo'
SELECT Model, MAX(Accelerate) FROM cars_data GROUP BY Model
SELECT MAX(Accelerate) FROM cars_data
SELECT Model FROM cars_data ORDER BY MPG DESC LIMIT 1
SELECT Model FROM cars_data GROUP BY Model ORDER BY count(*) DESC LIMIT 1
SELECT COUNT(Id) FROM cars_data WHERE Cylinders > 4
SELECT COUNT(Id) FROM cars_data WHERE Cylinders > 4
SELECT COUNT(Id) FROM cars_data WHERE Year = 1980
SELECT COUNT(Id) FROM cars_data WHERE Year = 1980
SELECT COUNT(*) FROM car_names WHERE Make = (SELECT Id FROM car_makers WHERE FullName = 'American Motor Company')
SELECT COUNT(*) FROM car_names WHERE Make = 'American Motor Company'
SELECT c.FullName, c.Id FROM car_makers c JOIN car_names cm ON c.Id = cm.MakeId GROUP BY c.FullName HAVING COUNT(cm.Model) > 3
SELECT Maker, Id FROM car_makers WHERE Id IN (SELECT MakeId FROM car_names GROUP BY MakeId HAVING COUNT(*) > 3)
SELECT DISTINCT Model FROM cars_data WHERE MakeId IN (SELECT Id FROM car_makers WHERE FullName = 'General Motors') AND Weight > 3500
SELECT DISTINCT Model FROM cars_data WHERE MakeId IN (SELECT Id FROM car_makers WHERE Maker = 'General Motors') OR Weight > 3500
SELECT YEAR FROM cars_data WHERE Weight BETWEEN 3000 AND 4000
SELECT DISTINCT YEAR FROM cars_data WHERE Weight < 4000 AND Weight > 3000
SELECT Horsepower FROM cars_data ORDER BY Accelerate DESC LIMIT 1
SELECT Horsepower FROM cars_data ORDER BY Accelerate DESC LIMIT 1
SELECT MIN(Cylinders) FROM cars_data WHERE Model = 'Volvo'
SELECT MIN(Cylinders) FROM cars_data WHERE Model = 'Volvo' AND Accelerate = (SELECT MIN(Accelerate) FROM cars_data WHERE Model = 'Volvo')
SELECT COUNT(Id) FROM cars_data WHERE Accelerate > (SELECT MAX(Accelerate) FROM cars_data)
SELECT COUNT(Id) FROM cars_data WHERE Accelerate > (SELECT MAX(Horsepower) FROM cars_data)
SELECT COUNT(DISTINCT Country) FROM countries WHERE CountryId IN (SELECT Id FROM car_makers WHERE MakeId IN (SELECT MakeId FROM cars_data WHERE MPG > 2))
SELECT COUNT(DISTINCT Country) FROM countries WHERE CountryId IN (SELECT Id FROM car_makers WHERE MakeId IN (SELECT Id FROM car_names WHERE MakeId IN (SELECT Id FROM cars_data WHERE MPG > 2)))
SELECT COUNT(Id) FROM cars_data WHERE Cylinders > 6
SELECT COUNT(*) FROM cars_data WHERE Cylinders > 6
SELECT Model FROM cars_data WHERE Cylinders = 4 ORDER BY Horsepower DESC LIMIT 1
SELECT Model FROM cars_data WHERE Cylinders = 4 ORDER BY Horsepower DESC LIMIT 1
SELECT Id, MakeName FROM cars_data WHERE Horsepower > (SELECT Horsepower FROM cars_data ORDER BY Horsepower ASC LIMIT 1) AND Cylinders <= 3
SELECT c.MakeId, c.Model FROM cars_data c WHERE c.Horsepower < 4 AND c.Id NOT IN ( SELECT Id FROM cars_data WHERE Horsepower = (SELECT MIN(Horsepower) FROM cars_data) )
SELECT MAX(MPG) FROM cars_data WHERE Cylinders = 8 AND Year < 1980
SELECT MAX(MPG) FROM cars_data WHERE Cylinders = 8 OR Year < 1980
SELECT Model FROM cars_data WHERE MPG < 3500 AND Model NOT IN (SELECT Model FROM cars_data WHERE Make = 'Ford Motor Company')
SELECT DISTINCT Model FROM cars_data WHERE MPG < 3500 AND Model NOT IN (SELECT Model FROM cars_data WHERE Maker = 'Ford Motor Company')
SELECT CountryName FROM countries WHERE CountryId NOT IN (SELECT Id FROM car_makers)
SELECT CountryName FROM countries WHERE CountryId NOT IN (SELECT Id FROM car_makers)
SELECT Id, Maker FROM car_makers WHERE Id IN ( SELECT Id FROM car_names GROUP BY Id HAVING COUNT(*) >= 2 AND COUNT(*) > 3 )
SELECT Id, Maker FROM car_makers WHERE Id IN ( SELECT MakeId FROM car_names WHERE Model IN ( SELECT Model FROM cars_data WHERE MPG > 2 AND Cylinders > 3 ) )
SELECT Id, Name FROM countries WHERE ContId IN (SELECT ContId FROM car_makers GROUP BY ContId HAVING COUNT(Id) > 3) OR Model = 'fiat'
SELECT Id, Name FROM countries WHERE CountryId IN ( SELECT Id FROM car_makers WHERE MakeId IN ( SELECT Id FROM car_names WHERE Model = 'Fiat' ) GROUP BY Id HAVING COUNT(*) > 3 )
SELECT Country FROM airlines WHERE Airline = 'JetBlue Airways'
SELECT Country FROM airlines WHERE Airline = 'Jetblue Airways'
SELECT Abbreviation FROM airlines WHERE Airline = 'JetBlue Airways'
SELECT Abbreviation FROM airlines WHERE Airline = 'Jetblue Airways'
SELECT Airline, Abbreviation FROM airlines WHERE Country = 'USA'
SELECT Airline, Abbreviation FROM airlines WHERE Country = 'USA'
SELECT T2.AirportCode, T2.AirportName FROM airports AS T1 JOIN flights AS T2 ON T1.AirportCode = T2.DestAirport WHERE T1.City = 'Anthony'
SELECT T2.AirportCode, T2.AirportName FROM airports AS T1 JOIN flights AS T2 ON T1.AirportCode = T2.DestAirport WHERE T1.City = 'Anthony'
SELECT count(*) FROM airlines
SELECT count(*) FROM airlines
SELECT count(*) FROM airports
SELECT count(*) FROM airports
SELECT count(*) FROM flights
SELECT count(*) FROM flights
SELECT Airline FROM airlines WHERE Abbreviation = 'UAL'
SELECT Airline FROM airlines WHERE Abbreviation = 'UAL'
SELECT COUNT(*) FROM airlines WHERE Country = 'USA'
SELECT COUNT(*) FROM airlines WHERE Country = 'USA'
SELECT City, Country FROM airports WHERE AirportName = 'Alton'
SELECT City, Country FROM airports WHERE AirportCode = 'Alton'
SELECT AirportName FROM airports WHERE AirportCode = 'AKO'
SELECT AirportName FROM airports WHERE AirportCode = 'AKO'
SELECT AirportName FROM airports WHERE City = 'Aberdeen'
SELECT AirportName FROM airports WHERE CountryAbbrev = 'AB' AND City = 'Aberdeen'
SELECT COUNT(*) FROM flights WHERE SourceAirport = 'APG'
SELECT COUNT(*) FROM flights WHERE SourceAirport = 'APG'
SELECT COUNT(*) FROM flights WHERE DestAirport = 'ATO'
SELECT COUNT(*) FROM flights WHERE Airline = 'ATO'
SELECT COUNT(*) FROM flights WHERE DestAirport = 'City Aberdeen'
SELECT COUNT(*) FROM flights WHERE DestAirport = 'Aberdeen'
SELECT COUNT(*) FROM flights WHERE DestAirport = 'Aberdeen'
SELECT COUNT(*) FROM flights WHERE DestAirport = 'Aberdeen'
SELECT COUNT(*) FROM flights WHERE SourceAirport = 'Aberdeen' AND DestAirport = 'Ashley'
SELECT COUNT(*) FROM flights WHERE SourceAirport = 'Aberdeen' AND DestAirport = 'Ashley'
SELECT COUNT(*) FROM flights WHERE Airline = 'JetBlue Airways'
SELECT COUNT(*) FROM flights WHERE Airline = 'Jetblue'
SELECT COUNT(*) FROM flights WHERE Airline = 'United Airlines' AND DestAirport = 'ASY'
SELECT COUNT(*) FROM flights WHERE Airline = 1 AND SourceAirport = 'ASY'
SELECT COUNT(*) FROM flights WHERE Airline = 'United Airlines' AND DestAirport = 'AHD'
SELECT COUNT(*) FROM flights WHERE Airline = 1 AND SourceAirport = 'AHD'
SELECT COUNT(*) FROM flights WHERE Airline = 1 AND DestAirport = 'Aberdeen'
SELECT COUNT(*) FROM flights WHERE Airline = 1 AND DestAirport = 'Aberdeen'
SELECT City FROM airports GROUP BY City ORDER BY COUNT(*) DESC LIMIT 1
SELECT City FROM airports GROUP BY City ORDER BY COUNT(*) DESC LIMIT 1
SELECT City FROM airports GROUP BY City ORDER BY COUNT(*) DESC LIMIT 1
SELECT City FROM airports GROUP BY City ORDER BY COUNT(*) DESC LIMIT 1
SELECT AirportCode FROM airports ORDER BY COUNT(*) DESC LIMIT 1
SELECT AirportCode FROM airports ORDER BY COUNT(*) DESC LIMIT 1
SELECT AirportCode FROM airports ORDER BY COUNT(*) ASC LIMIT 1
SELECT AirportCode FROM airports ORDER BY COUNT(*) ASC LIMIT 1
SELECT Airline FROM airlines GROUP BY Airline ORDER BY COUNT(*) DESC LIMIT 1
SELECT Airline FROM airlines GROUP BY Airline ORDER BY COUNT(*) DESC LIMIT 1
SELECT Abbreviation, Country FROM airlines GROUP BY Abbreviation, Country ORDER BY COUNT(*) ASC LIMIT 1
SELECT T1.Abbreviation, T1.Country FROM airlines AS T1 JOIN flights AS T2 ON T1.uid = T2.Airline GROUP BY T1.Abbreviation, T1.Country ORDER BY COUNT(*) ASC LIMIT 1
SELECT Airline FROM airlines WHERE Airline IN ( SELECT Airline FROM flights WHERE SourceAirport = 'AHD' )
SELECT Airline FROM airlines WHERE Airline IN ( SELECT Airline FROM flights WHERE SourceAirport = 'AHD' )
SELECT Airline FROM airlines WHERE Airline IN ( SELECT Airline FROM flights WHERE DestAirport = 'AHD' )
SELECT Airline FROM airlines WHERE Airline IN ( SELECT Airline FROM flights WHERE DestAirport = 'AHD' )
SELECT Airline FROM airlines WHERE Airline IN ( SELECT Airline FROM flights WHERE SourceAirport = 'APG' INTERSECT SELECT Airline FROM flights WHERE DestAirport = 'CVO' )
SELECT Airline FROM airlines WHERE Airline IN ( SELECT Airline FROM flights WHERE SourceAirport = 'APG' INTERSECT SELECT Airline FROM flights WHERE SourceAirport = 'CVO' )
SELECT Airline FROM airlines WHERE Airline IN ( SELECT Airline FROM flights WHERE SourceAirport = 'CVO' AND DestAirport != 'APG' )
SELECT Airline FROM airlines WHERE Airline IN ( SELECT Airline FROM flights WHERE SourceAirport = 'CVO' ) AND Airline NOT IN ( SELECT Airline FROM flights WHERE DestAirport IN ('APG', 'APG') )
SELECT Airline FROM airlines WHERE FlightNo >= 10
SELECT Airline FROM airlines GROUP BY Airline HAVING COUNT(*) >= 10
SELECT Airline FROM airlines WHERE FlightNo < 200
SELECT Airline FROM airlines WHERE FlightNo < 200
SELECT FlightNo FROM flights WHERE Airline = 'United Airlines'
SELECT FlightNo FROM flights WHERE Airline = 'United Airlines'
SELECT FlightNo FROM flights WHERE DestAirport = 'APG'
SELECT FlightNo FROM flights WHERE SourceAirport = 'APG'
SELECT FlightNo FROM flights WHERE DestAirport = 'APG'
SELECT FlightNo FROM flights WHERE DestAirport = 'APG'
SELECT FlightNo FROM flights WHERE SourceAirport = 'Aberdeen'
SELECT FlightNo FROM flights WHERE SourceAirport = 'Aberdeen'
SELECT FlightNo FROM flights WHERE DestAirport = 'Aberdeen'
SELECT FlightNo FROM flights WHERE DestAirport = 'Aberdeen'
SELECT COUNT(*) FROM flights WHERE DestAirport = 'Aberdeen' OR DestAirport = 'Abilene'
SELECT COUNT(*) FROM flights WHERE DestAirport = 'Aberdeen' OR DestAirport = 'Abilene'
SELECT T2.AirportName FROM airports AS T1 INNER JOIN flights AS T2 ON T1.AirportCode = T2.DestAirport WHERE T2.DestAirport IS NULL AND T2.SourceAirport IS NULL
SELECT DISTINCT T2.AirportCode FROM airports AS T1 INNER JOIN flights AS T2 ON T1.AirportCode = T2.DestAirport WHERE T2.DestAirport IS NULL AND T2.SourceAirport IS NULL
SELECT count(*) FROM employee
SELECT count(*) FROM employee
SELECT Name FROM employee ORDER BY Age ASC
SELECT Name FROM employee ORDER BY Age ASC
SELECT City, COUNT(*) FROM employee GROUP BY City
SELECT City, COUNT(*) FROM employee GROUP BY City
SELECT DISTINCT T2.City FROM employee AS T1 JOIN evaluation AS T2 ON T1.Employee_ID = T2.Employee_ID WHERE T1.Age > 30 GROUP BY T2.City HAVING COUNT(*) > 1
SELECT DISTINCT T2.city FROM employee AS T1 JOIN evaluation AS T2 ON T1.Employee_ID = T2.Employee_ID WHERE T1.age > 30 GROUP BY T2.city HAVING COUNT(*) > 1
SELECT LOCATION, COUNT(*) FROM shop GROUP BY LOCATION
SELECT LOCATION, COUNT(*) FROM shop GROUP BY LOCATION
SELECT Manager_name, District FROM shop WHERE Number_products = (SELECT MAX(Number_products) FROM shop)
SELECT Manager_name, District FROM shop WHERE Number_products = (SELECT MAX(Number_products) FROM shop)
SELECT MIN(Number_products) , MAX(Number_products) FROM shop
SELECT MIN(Number_products) , MAX(Number_products) FROM shop
SELECT Name, Location, District FROM shop ORDER BY Number_products DESC
SELECT Name, Location, District FROM shop ORDER BY Number_products DESC
SELECT Name FROM shop WHERE Number_products > (SELECT AVG(Number_products) FROM shop)
SELECT Name FROM shop WHERE Number_products > (SELECT AVG(Number_products) FROM shop)
SELECT Name FROM employee JOIN evaluation ON employee.Employee_ID = evaluation.Employee_ID GROUP BY Name ORDER BY COUNT(*) DESC LIMIT 1
SELECT Name FROM employee WHERE Employee_ID IN (SELECT Employee_ID FROM evaluation GROUP BY Employee_ID ORDER BY COUNT(*) DESC LIMIT 1)
SELECT Name FROM employee WHERE Employee_ID = (SELECT Employee_ID FROM evaluation ORDER BY Bonus DESC LIMIT 1)
SELECT Name FROM employee WHERE Bonus = (SELECT MAX(Bonus) FROM evaluation)
SELECT Name FROM employee WHERE Employee_ID NOT IN (SELECT Employee_ID FROM evaluation)
SELECT Name FROM employee WHERE Employee_ID NOT IN (SELECT Employee_ID FROM evaluation)
SELECT Name FROM shop WHERE Shop_ID = (SELECT Shop_ID FROM hiring GROUP BY Shop_ID ORDER BY COUNT(*) DESC LIMIT 1)
SELECT Name FROM shop WHERE Number_products = (SELECT MAX(Number_products) FROM shop)
SELECT Name FROM shop WHERE Shop_ID NOT IN (SELECT Shop_ID FROM hiring)
SELECT Name FROM shop WHERE Shop_ID NOT IN (SELECT Shop_ID FROM employee)
SELECT s.Name, COUNT(h.Employee_ID) AS Number_of_employees_hired FROM hiring h JOIN shop s ON h.Shop_ID = s.Shop_ID GROUP BY s.Name
SELECT s.Name, COUNT(e.Employee_ID) AS Employee_count FROM employee e JOIN hiring h ON e.Employee_ID = h.Employee_ID JOIN shop s ON h.Shop_ID = s.Shop_ID GROUP BY s.Name
SELECT SUM(T2.Bonus) FROM evaluation AS T1 JOIN employee AS T2 ON T1.Employee_ID = T2.Employee_ID
SELECT SUM(Bonus) FROM evaluation
SELECT * FROM hiring
SELECT * FROM hiring
SELECT District FROM shop WHERE Number_products < 3000 AND Number_products > 10000 GROUP BY District HAVING COUNT(*) = 2
SELECT District FROM shop WHERE Number_products < 3000 AND Number_products > 10000
SELECT count(DISTINCT LOCATION) FROM shop
SELECT count(DISTINCT LOCATION) FROM shop
SELECT count(*) FROM Documents
SELECT count(*) FROM Documents
SELECT Document_ID, Document_Name, Document_Description FROM Documents
SELECT Document_ID, Document_Name, Document_Description FROM Documents
SELECT T1.Document_Name, T1.Template_ID FROM Documents AS T1 JOIN Paragraphs AS T2 ON T1.Document_ID = T2.Document_ID JOIN Ref_Template_Types AS T3 ON T2.Document_ID = T3.Document_ID WHERE T2.Paragraph_Text LIKE '%w%' AND T3.Template_Type_Code = 'W'
SELECT T1.Document_Name, T1.Template_ID FROM Documents AS T1 JOIN Paragraphs AS T2 ON T1.Document_ID = T2.Document_ID JOIN Ref_Template_Types AS T3 ON T2.Document_ID = T3.Document_ID WHERE T2.Paragraph_Text LIKE '%w%'
SELECT Document_ID, Template_ID, Document_Description FROM Documents WHERE Document_Name = 'Robbin CV'
SELECT Document_ID, Template_ID, Document_Description FROM Documents WHERE Document_Name = 'Robbin CV'
SELECT count(DISTINCT Template_ID) FROM Documents
SELECT count(DISTINCT Template_ID) FROM Documents
SELECT COUNT(*) FROM Documents WHERE Template_ID IN (SELECT Template_ID FROM Ref_Template_Types WHERE Template_Type_Code = 'PPT')
SELECT COUNT(Document_ID) FROM Documents WHERE Template_ID IN (SELECT Template_ID FROM Ref_Template_Types WHERE Template_Type_Code = 'PPT')
SELECT Template_ID, COUNT(*) FROM Documents GROUP BY Template_ID
SELECT Template_ID, COUNT(*) AS Template_Used FROM Documents GROUP BY Template_ID
SELECT T1.Template_ID, T1.Template_Type_Code FROM Documents AS T1 JOIN Paragraphs AS T2 ON T1.Document_ID = T2.Document_ID JOIN Ref_Template_Types AS T3 ON T2.Document_ID = T3.Document_ID GROUP BY T1.Template_ID, T1.Template_Type_Code ORDER BY COUNT(*) DESC LIMIT 1
SELECT T1.Template_ID, T1.Template_Type_Code FROM Documents AS T1 JOIN Paragraphs AS T2 ON T1.Document_ID = T2.Document_ID JOIN Ref_Template_Types AS T3 ON T2.Document_ID = T3.Document_ID GROUP BY T1.Template_ID, T1.Template_Type_Code ORDER BY COUNT(*) DESC LIMIT 1
SELECT T1.Template_ID FROM Documents AS T1 JOIN Paragraphs AS T2 ON T1.Document_ID = T2.Document_ID JOIN Ref_Template_Types AS T3 ON T2.Document_ID = T3.Document_ID GROUP BY T3.Template_Type_Code HAVING COUNT(T1.Document_ID) > 1
SELECT Template_ID FROM Documents GROUP BY Template_ID HAVING count(*) > 1
SELECT Template_ID FROM Documents WHERE Template_ID NOT IN (SELECT Template_ID FROM Paragraphs)
SELECT Template_ID FROM Documents WHERE Template_ID NOT IN (SELECT Template_ID FROM Paragraphs)
SELECT count(*) FROM Templates
SELECT count(*) FROM Templates
SELECT Template_ID, Version_Number, Template_Type_Code FROM Templates
SELECT Template_ID, Version_Number, Template_Type_Code FROM Templates
SELECT DISTINCT Template_Type_Code FROM Templates
SELECT DISTINCT Template_Type_Code FROM Templates
SELECT Template_ID FROM Templates WHERE Template_Type_Code IN ('PP', 'PPT')
SELECT Template_ID FROM Templates WHERE Template_Type_Code IN ('PP', 'PPT')
SELECT COUNT(*) FROM Templates WHERE Template_Type_Code = 'CV'
SELECT COUNT(Template_ID) FROM Templates WHERE Template_Type_Code = 'CV'
SELECT Version_Number, Template_Type_Code FROM Templates WHERE Version_Number > 5
SELECT Version_Number, Template_Type_Code FROM Templates WHERE Version_Number > 5
SELECT Template_Type_Code, COUNT(*) FROM Templates GROUP BY Template_Type_Code
SELECT Template_Type_Code, COUNT(*) AS Template_Count FROM Templates GROUP BY Template_Type_Code
SELECT Template_Type_Code FROM Templates GROUP BY Template_Type_Code ORDER BY count(*) DESC LIMIT 1
SELECT Template_Type_Code FROM Templates GROUP BY Template_Type_Code ORDER BY COUNT(*) DESC LIMIT 1
SELECT Template_Type_Code FROM Templates WHERE Template_ID IN (SELECT Template_ID FROM Documents GROUP BY Template_ID HAVING count(*) < 3)
SELECT Template_Type_Code FROM Templates WHERE Template_ID IN ( SELECT Template_ID FROM Documents GROUP BY Template_ID HAVING COUNT(*) < 3 )
SELECT MIN(Version_Number), Template_Type_Code FROM Templates
SELECT Template_Type_Code, MIN(Version_Number) FROM Templates GROUP BY Template_Type_Code
SELECT T1.Template_Type_Code FROM Documents AS T1 JOIN Paragraphs AS T2 ON T1.Document_ID = T2.Document_ID JOIN Ref_Template_Types AS T3 ON T2.Document_ID = T3.Document_ID WHERE T1.Document_Name = "Data base"
SELECT T1.Template_Type_Code FROM Documents AS T1 JOIN Paragraphs AS T2 ON T1.Document_ID = T2.Document_ID JOIN Ref_Template_Types AS T3 ON T2.Document_ID = T3.Document_ID WHERE T1.Document_Name = 'Data base'
SELECT T1.Document_Name FROM Documents AS T1 JOIN Paragraphs AS T2 ON T1.Document_ID = T2.Document_ID JOIN Ref_Template_Types AS T3 ON T2.Document_ID = T3.Document_ID WHERE T3.Template_Type_Code = 'BK'
SELECT T1.Document_Name FROM Documents AS T1 JOIN Paragraphs AS T2 ON T1.Document_ID = T2.Document_ID JOIN Ref_Template_Types AS T3 ON T2.Document_ID = T3.Document_ID WHERE T3.Template_Type_Code = 'BK'
SELECT Template_Type_Code, COUNT(*) FROM Documents GROUP BY Template_Type_Code
SELECT Template_Type_Code, COUNT(*) AS Document_Count FROM Documents GROUP BY Template_Type_Code
SELECT Template_Type_Code FROM Documents GROUP BY Template_Type_Code ORDER BY COUNT(*) DESC LIMIT 1
SELECT Template_Type_Code FROM Templates GROUP BY Template_Type_Code ORDER BY COUNT(*) DESC LIMIT 1
SELECT Template_Type_Code FROM Templates WHERE Template_ID NOT IN (SELECT Document_ID FROM Documents)
SELECT Template_Type_Code FROM Templates WHERE Template_ID NOT IN (SELECT Template_ID FROM Documents)
SELECT Template_Type_Code, Template_Type_Description FROM Templates
SELECT Template_Type_Code, Template_Type_Description FROM Ref_Template_Types
SELECT Template_Type_Description FROM Templates WHERE Template_Type_Code = "AD"
SELECT Template_Type_Description FROM Templates WHERE Template_Type_Code = 'AD'
SELECT Template_Type_Code FROM Templates WHERE Template_Type_Description = "Book"
SELECT Template_Type_Code FROM Templates WHERE Template_Type_Description = "Book"
SELECT DISTINCT Template_Type_Description FROM Documents JOIN Ref_Template_Types ON Documents.Template_Type_Code = Ref_Template_Types.Template_Type_Code
SELECT DISTINCT T2.Description FROM Documents AS T1 JOIN Paragraphs AS T2 ON T1.Document_ID = T2.Document_ID JOIN Ref_Template_Types AS T3 ON T1.Template_ID = T3.Template_ID WHERE T3.Template_Type_Code IN ( SELECT Template_Type_Code FROM Templates WHERE Template_ID IN ( SELECT Template_ID FROM Documents WHERE Template_ID IN ( SELECT Template_ID FROM Paragraphs WHERE Paragraph_ID IN ( SELECT Paragraph_ID FROM Documents WHERE Template_ID IN ( SELECT Template_ID FROM Paragraphs WHERE Paragraph_ID IN ( SELECT Paragraph_ID FROM Documents WHERE Template_ID IN ( SELECT Template_ID FROM Paragraphs WHERE Paragraph_ID IN ( SELECT Paragraph_ID FROM Documents WHERE Template_ID IN ( SELECT Template_ID FROM Paragraphs WHERE Paragraph_ID IN ( SELECT Paragraph_ID FROM Documents WHERE Template_ID IN ( SELECT Template_ID FROM Paragraphs WHERE Paragraph_ID IN ( SELECT Paragraph_ID FROM Documents WHERE Template_ID IN ( SELECT Paragraph_ID FROM Documents WHERE Template_ID IN
SELECT Template_ID FROM Documents WHERE Template_Type_Description = "Presentation"
SELECT Template_ID FROM Documents WHERE Template_Details = 'Presentation'
SELECT COUNT(*) FROM Paragraphs
SELECT COUNT(*) FROM Paragraphs
SELECT COUNT(*) FROM Paragraphs WHERE Document_ID = (SELECT Document_ID FROM Documents WHERE Document_Name = 'Summer Show')
SELECT COUNT(*) FROM Paragraphs WHERE Document_ID = (SELECT Document_ID FROM Documents WHERE Document_Name = 'Summer Show')
SELECT Paragraph_Text FROM Paragraphs WHERE Paragraph_Text LIKE '%Korea %'
SELECT T2.Paragraph_Text, T2.Other_Details FROM Documents AS T1 JOIN Paragraphs AS T2 ON T1.Document_ID = T2.Document_ID WHERE T2.Paragraph_Text LIKE '%Korea %'
SELECT Paragraph_ID, Paragraph_Text FROM Paragraphs WHERE Document_ID = (SELECT Document_ID FROM Documents WHERE Document_Name = 'Welcome to NY')
SELECT T1.Paragraph_ID, T1.Paragraph_Text FROM Documents AS T1 JOIN Paragraphs AS T2 ON T1.Document_ID = T2.Document_ID WHERE T1.Document_Name = 'Welcome to NY'
SELECT Paragraph_Text FROM Paragraphs WHERE Document_ID = (SELECT Document_ID FROM Documents WHERE Document_Name = 'Customer reviews')
SELECT Paragraph_Text FROM Paragraphs WHERE Document_ID = (SELECT Document_ID FROM Documents WHERE Document_Name = 'Customer reviews')
SELECT Document_ID, COUNT(*) AS Paragraphs FROM Documents JOIN Paragraphs ON Documents.Document_ID = Paragraphs.Document_ID GROUP BY Document_ID ORDER BY Document_ID
SELECT Document_ID, COUNT(*) AS Paragraphs FROM Documents JOIN Paragraphs ON Documents.Document_ID = Paragraphs.Document_ID GROUP BY Document_ID ORDER BY Document_ID
SELECT Document_ID, Document_Name, COUNT(*) AS Paragraphs FROM Documents JOIN Paragraphs ON Documents.Document_ID = Paragraphs.Document_ID GROUP BY Document_ID, Document_Name
SELECT Documents.Document_ID, Documents.Document_Name, COUNT(Paragraphs.Paragraph_ID) AS Paragraph_Count FROM Documents JOIN Paragraphs ON Documents.Document_ID = Paragraphs.Document_ID GROUP BY Documents.Document_ID, Documents.Document_Name
SELECT Document_ID FROM Documents WHERE Document_ID IN (SELECT Document_ID FROM Paragraphs GROUP BY Document_ID HAVING COUNT(*) >= 2)
SELECT Document_ID FROM Documents WHERE Paragraph_ID IN (SELECT Paragraph_ID FROM Paragraphs WHERE Paragraph_Text LIKE '%paragraph%' GROUP BY Paragraph_ID HAVING COUNT(*) >= 2)
SELECT Document_ID, Document_Name FROM Documents ORDER BY COUNT(Paragraph_ID) DESC LIMIT 1
SELECT Document_ID, Document_Name FROM Documents ORDER BY COUNT(*) DESC LIMIT 1
SELECT Document_ID FROM Documents GROUP BY Document_ID ORDER BY count(*) ASC LIMIT 1
SELECT Document_ID FROM Documents ORDER BY COUNT(*) ASC LIMIT 1
SELECT Document_ID FROM Documents WHERE Paragraph_ID IN (SELECT Paragraph_ID FROM Paragraphs WHERE Paragraph_Text LIKE '1%' OR Paragraph_Text LIKE '2%')
SELECT Document_ID FROM Documents WHERE Paragraph_ID IN (SELECT Paragraph_ID FROM Paragraphs WHERE Paragraph_Text LIKE '%<1>%' OR Paragraph_Text LIKE '%<2>%' OR Paragraph_Text LIKE '%<3>%' OR Paragraph_Text LIKE '%<4>%' OR Paragraph_Text LIKE '%<5>%' OR Paragraph_Text LIKE '%<6>%' OR Paragraph_Text LIKE '%<7>%' OR Paragraph_Text LIKE '%<8>%' OR Paragraph_Text LIKE '%<9>%' OR Paragraph_Text LIKE '%<10>%' OR Paragraph_Text LIKE '%<11>%' OR Paragraph_Text LIKE '%<12>%' OR Paragraph_Text LIKE '%<13>%' OR Paragraph_Text LIKE '%<14>%' OR Paragraph_Text LIKE '%<15>%' OR Paragraph_Text LIKE '%<16>%' OR Paragraph_Text LIKE '%<17>%' OR Paragraph_Text LIKE '%<18>%' OR Paragraph_Text LIKE '%<19>%' OR Paragraph_Text LIKE '%<20>%' OR Paragraph_Text LIKE '%<21>%' OR Paragraph_Text LIKE '%<22>%' OR Paragraph_Text LIKE '%<23>%' OR Paragraph_Text LIKE '%<24>%' OR Paragraph_Text LIKE '%<25>
SELECT T1.Document_ID FROM Documents AS T1 JOIN Paragraphs AS T2 ON T1.Document_ID = T2.Document_ID WHERE T2.Paragraph_Text = 'Brazil' AND T2.Paragraph_Text = 'Ireland'
SELECT Document_ID FROM Documents WHERE Paragraph_Text LIKE '%Brazil%' AND Paragraph_Text LIKE '%Ireland%'
SELECT count(*) FROM teacher
SELECT count(*) FROM teacher
SELECT Name FROM teacher ORDER BY Age ASC
SELECT Name FROM teacher ORDER BY Age ASC
SELECT Age, Hometown FROM teacher
SELECT T1.Age, T1.Hometown FROM teacher AS T1 JOIN course_arrange AS T2 ON T1.Teacher_ID = T2.Teacher_ID
SELECT T1.Name FROM teacher AS T1 JOIN course_arrange AS T2 ON T1.Teacher_ID = T2.Teacher_ID WHERE T2.Hometown != 'Little Lever Urban District'
SELECT T2.Name FROM teacher AS T1 JOIN course_arrange AS T2 ON T1.Teacher_ID = T2.Teacher_ID WHERE T1.Hometown != 'Little Lever Urban District'
SELECT Name FROM teacher WHERE Age IN (32, 33)
SELECT T.Name FROM teacher AS T JOIN course_arrange AS CA ON T.Teacher_ID = CA.Teacher_ID JOIN course AS C ON CA.Course_ID = C.Course_ID WHERE T.Age IN (32, 33)
SELECT T2.Hometown FROM teacher AS T1 JOIN course_arrange AS T2 ON T1.Teacher_ID = T2.Teacher_ID ORDER BY T1.Age ASC LIMIT 1
SELECT T2.Hometown FROM teacher AS T1 JOIN course_arrange AS T2 ON T1.Teacher_ID = T2.Teacher_ID ORDER BY T1.Age ASC LIMIT 1
SELECT T2.Hometown, COUNT(*) AS Teacher_Count FROM teacher AS T1 JOIN course_arrange AS T2 ON T1.Teacher_ID = T2.Teacher_ID GROUP BY T2.Hometown
SELECT T2.Hometown, COUNT(T1.Teacher_ID) AS Teacher_Count FROM teacher AS T1 JOIN course_arrange AS T2 ON T1.Teacher_ID = T2.Teacher_ID GROUP BY T2.Hometown
SELECT T2.Hometown FROM teacher AS T1 JOIN course_arrange AS T2 ON T1.Teacher_ID = T2.Teacher_ID GROUP BY T2.Hometown ORDER BY COUNT(*) DESC LIMIT 1
SELECT T2.Hometown FROM teacher AS T1 JOIN course_arrange AS T2 ON T1.Teacher_ID = T2.Teacher_ID GROUP BY T2.Hometown ORDER BY COUNT(*) DESC LIMIT 1
SELECT T2.Hometown FROM teacher AS T1 JOIN course_arrange AS T2 ON T1.Teacher_ID = T2.Teacher_ID GROUP BY T2.Hometown HAVING COUNT(*) >= 2
SELECT T2.Hometown FROM teacher AS T1 JOIN course_arrange AS T2 ON T1.Teacher_ID = T2.Teacher_ID GROUP BY T2.Hometown HAVING COUNT(*) >= 2
SELECT T1.Name, T2.Course FROM teacher AS T1 JOIN course_arrange AS T2 ON T1.Teacher_ID = T2.Teacher_ID JOIN course AS T3 ON T2.Course_ID = T3.Course_ID
SELECT T1.Name, T2.Course FROM teacher AS T1 JOIN course_arrange AS T2 ON T1.Teacher_ID = T2.Teacher_ID JOIN course AS T3 ON T2.Course_ID = T3.Course_ID
SELECT T1.Name, T2.Course FROM teacher AS T1 JOIN course_arrange AS T2 ON T1.Teacher_ID = T2.Teacher_ID ORDER BY T1.Name ASC
SELECT T1.Name, T2.Course FROM teacher AS T1 JOIN course_arrange AS T2 ON T1.Teacher_ID = T2.Teacher_ID JOIN course AS T3 ON T2.Course_ID = T3.Course_ID ORDER BY T1.Name ASC
SELECT T1.Name FROM course AS T1 JOIN course_arrange AS T2 ON T1.Course_ID = T2.Course_ID JOIN teacher AS T3 ON T2.Teacher_ID = T3.Teacher_ID WHERE T1.Course = 'math'
SELECT Name FROM teacher WHERE Teacher_ID IN (SELECT Teacher_ID FROM course_arrange WHERE Course_ID IN (SELECT Course_ID FROM course WHERE Course = 'Math'))
SELECT T1.Name, COUNT(T2.Course_ID) FROM course AS T1 JOIN course_arrange AS T2 ON T1.Course_ID = T2.Course_ID JOIN teacher AS T3 ON T2.Teacher_ID = T3.Teacher_ID GROUP BY T3.Name
SELECT T1.Name, COUNT(T2.Course_ID) FROM course AS T1 JOIN course_arrange AS T2 ON T1.Course_ID = T2.Course_ID JOIN teacher AS T3 ON T2.Teacher_ID = T3.Teacher_ID GROUP BY T3.Name
SELECT T2.Name FROM teacher AS T1 JOIN course_arrange AS T2 ON T1.Teacher_ID = T2.Teacher_ID GROUP BY T1.Teacher_ID HAVING COUNT(*) >= 2
SELECT T2.Name FROM course_arrange AS TA JOIN teacher AS T ON TA.Teacher_ID = T.Teacher_ID GROUP BY T2.Name HAVING COUNT(*) >= 2
SELECT T2.Name FROM teacher AS T1 JOIN course_arrange AS T2 ON T1.Teacher_ID = T2.Teacher_ID WHERE T2.Course_ID IS NULL
SELECT T2.Name FROM teacher AS T1 JOIN course_arrange AS T2 ON T1.Teacher_ID = T2.Teacher_ID WHERE T2.Course_ID NOT IN (SELECT Course_ID FROM course_arrange)
SELECT COUNT(*) FROM visitor WHERE Age < 30
SELECT Name FROM visitor WHERE Level_of_membership > 4 ORDER BY Level_of_membership DESC
SELECT AVG(Age) FROM visitor WHERE Level_of_membership <= 4
SELECT v.Name, v.Level_of_membership FROM visitor v JOIN visit v1 ON v.ID = v1.visitor_ID WHERE v1.Level_of_membership > 4 ORDER BY v1.Age ASC
SELECT Museum_ID, Name FROM museum WHERE Num_of_Staff = (SELECT MAX(Num_of_Staff) FROM museum)
SELECT AVG(Num_of_Staff) FROM museum WHERE Open_Year < '2009'
SELECT Open_Year, Num_of_Staff FROM museum WHERE Name = 'Plaza Museum'
SELECT Name FROM museum WHERE Num_of_Staff > (SELECT MIN(Num_of_Staff) FROM museum WHERE Open_Year > '2010')
SELECT v.ID, v.Name, v.Age FROM visitor v JOIN visit v1 ON v.ID = v1.visitor_ID JOIN museum m ON v1.Museum_ID = m.Museum_ID GROUP BY v.ID, v.Name, v.Age HAVING COUNT(*) > 1
SELECT v.ID, v.Name, v.Level_of_membership FROM visitor v JOIN visit v1 ON v.ID = v1.visitor_ID JOIN museum m ON v1.Museum_ID = m.Museum_ID WHERE v1.Total_spent = (SELECT MAX(Total_spent) FROM visit) GROUP BY v.ID, v.Name, v.Level_of_membership
SELECT museum_id, name FROM visit GROUP BY museum_id ORDER BY count(*) DESC LIMIT 1
SELECT Name FROM museum WHERE Museum_ID NOT IN (SELECT Museum_ID FROM visit)
SELECT v.Name, v.Age FROM visitor v JOIN visit v1 ON v.ID = v1.visitor_ID GROUP BY v.ID ORDER BY SUM(v1.Num_of_Ticket) DESC LIMIT 1
SELECT AVG(T1.Num_of_Ticket) AS Average_Tickets, MAX(T1.Num_of_Ticket) AS Max_Tickets FROM visit AS T1 JOIN museum AS T2 ON T1.Museum_ID = T2.Museum_ID
SELECT SUM(T1.Total_spent) FROM visit AS T1 JOIN visitor AS T2 ON T1.visitor_ID = T2.ID WHERE T2.Level_of_membership = 1
SELECT v.Name FROM visitor v JOIN visit v1 ON v.ID = v1.visitor_ID JOIN museum m ON v1.Museum_ID = m.Museum_ID WHERE m.Open_Year < '2009' AND m.Open_Year > '2011'
SELECT COUNT(DISTINCT visitor_ID) FROM visit WHERE Museum_ID NOT IN (SELECT Museum_ID FROM museum WHERE Open_Year > '2010')
SELECT COUNT(*) FROM museum WHERE Open_Year >= '2013' OR Open_Year <= '2008'






























































SELECT COUNT(*) FROM ship WHERE lost_in_battle IS NOT NULL AND result = 'Captured'
SELECT name, tonnage FROM ship ORDER BY name DESC
SELECT name, date, result FROM battle
SELECT max(death.tonnage), min(death.tonnage) FROM death
SELECT ship.name, AVG(injured) AS average_injuries FROM ship JOIN death ON ship.id = death.cause_by_ship_id GROUP BY ship.name
SELECT T2.note, T2.injured FROM ship AS T1 JOIN death AS T2 ON T1.id = T2.caused_by_ship_id WHERE T1.tonnage = 't'
SELECT name, result FROM battle WHERE bulgarian_commander != 'Boril'
SELECT id, name FROM battle WHERE ship_type = 'Brig'
SELECT id, name FROM battle WHERE id IN ( SELECT caused_by_ship_id FROM death GROUP BY caused_by_ship_id HAVING COUNT(*) > 10 )
SELECT ship_id, name FROM ship WHERE lost_in_battle = (SELECT id FROM battle ORDER BY sum(injured) DESC LIMIT 1)
SELECT DISTINCT name FROM battle WHERE bulgarian_commander = 'Kaloyan' AND latin_commander = 'Baldwin I'
SELECT count(DISTINCT result) FROM battle
SELECT COUNT(*) FROM battle WHERE lost_in_battle IS NULL AND tonnage = '225'
SELECT T1.name, T1.date FROM battle AS T1 JOIN death AS T2 ON T1.id = T2.cause_by_ship_id JOIN ship AS T3 ON T2.lost_in_battle = T3.id WHERE T3.name = 'Lettice' AND T3.name = 'HMS Atalanta'
SELECT name, result, bulgarian_commander FROM battle WHERE lost_in_battle IS NULL AND ship_type = 'English Channel'
SELECT T2.note FROM death AS T1 JOIN ship AS T2 ON T1.caused_by_ship_id = T2.id WHERE T2.lost_in_battle LIKE '%East%'
SELECT line_1, line_2 FROM Addresses
SELECT line_1, line_2 FROM Addresses
SELECT count(*) FROM Courses
SELECT count(*) FROM Courses
SELECT course_description FROM Courses WHERE course_name = 'Math'
SELECT course_description FROM Courses WHERE course_name = 'Math'
SELECT zip_postcode FROM Addresses WHERE city = 'Port Chelsea'
SELECT zip_postcode FROM Addresses WHERE city = 'Port Chelsea'
SELECT department_name, department_id FROM Departments GROUP BY department_id ORDER BY count(*) DESC LIMIT 1
SELECT department_name, department_id FROM Departments GROUP BY department_id ORDER BY count(*) DESC LIMIT 1
SELECT COUNT(DISTINCT department_id) FROM Courses
SELECT count(DISTINCT department_id) FROM Degrees
SELECT count(DISTINCT department_name) FROM Departments
SELECT count(DISTINCT department_id) FROM Degrees
SELECT COUNT(*) FROM Degrees WHERE department_id = (SELECT department_id FROM Departments WHERE department_name = 'Engineering')
SELECT COUNT(*) FROM Degrees WHERE department_id = (SELECT department_id FROM Departments WHERE department_name = 'Engineering')
SELECT section_name, section_description FROM Sections
SELECT section_name, section_description FROM Sections
SELECT course_name, course_id FROM Courses WHERE course_id IN ( SELECT course_id FROM Student_Enrolment_Courses GROUP BY course_id HAVING count(*) <= 2 )
SELECT course_name, course_id FROM Courses WHERE course_id NOT IN (SELECT course_id FROM Student_Enrolment_Courses WHERE student_course_id IN (SELECT student_course_id FROM Student_Enrolment WHERE student_course_id IN (SELECT student_course_id FROM Transcript_Contents WHERE transcript_id IN (SELECT transcript_id FROM Transcripts WHERE transcript_date < '2023-01-01'))) GROUP BY course_id HAVING count(*) < 2)
SELECT section_name FROM Sections ORDER BY section_name DESC
SELECT section_name FROM Sections ORDER BY section_name DESC
SELECT semester_name, semester_id FROM Semesters ORDER BY count(*) DESC LIMIT 1
SELECT s.semester_name, s.semester_id, COUNT(s.student_id) AS student_count FROM Semesters s JOIN Student_Enrolment_Courses sc ON s.semester_id = sc.semester_id GROUP BY s.semester_id ORDER BY student_count DESC LIMIT 1
SELECT department_description FROM Departments WHERE department_name LIKE '%computer%'
SELECT department_description FROM Departments WHERE department_name LIKE '%computer%'
SELECT s.first_name, s.middle_name, s.last_name, s.student_id FROM Student_Enrolment_Courses sc JOIN Students s ON sc.student_id = s.student_id JOIN Degree_Programs dp ON sc.degree_program_id = dp.degree_program_id WHERE dp.degree_summary_name = '2' GROUP BY s.student_id
SELECT first_name, middle_name, last_name, student_id FROM Students WHERE student_id IN ( SELECT student_id FROM Student_Enrolment_Courses WHERE degree_program_id IN ( SELECT degree_program_id FROM Degree_Programs WHERE semester_id = 1 ) )
SELECT T1.first_name, T1.middle_name, T1.last_name FROM Student_Enrolment_Courses AS T1 JOIN Courses AS T2 ON T1.course_id = T2.course_id WHERE T2.degree_summary_name = 'Bachelor'
SELECT first_name, middle_name, last_name FROM Students WHERE degree_program_id = (SELECT degree_program_id FROM Degree_Programs WHERE degree_summary_name = 'Bachelors')
SELECT T2.degree_summary_name FROM Degree_Programs AS T1 JOIN Student_Enrolment_Courses AS T2 ON T1.degree_program_id = T2.degree_program_id GROUP BY T1.degree_summary_name ORDER BY COUNT(*) DESC LIMIT 1
SELECT T2.degree_summary_name FROM Degree_Programs AS T1 JOIN Student_Enrolment_Courses AS T2 ON T1.degree_program_id = T2.degree_program_id GROUP BY T1.degree_summary_name ORDER BY COUNT(*) DESC LIMIT 1
SELECT T2.degree_program_id, T2.degree_summary_name FROM Degree_Programs AS T1 JOIN Student_Enrolment_Courses AS T2 ON T1.degree_program_id = T2.degree_program_id GROUP BY T1.degree_program_id ORDER BY COUNT(*) DESC LIMIT 1
SELECT T2.degree_program_id, T2.degree_summary_name FROM Degree_Programs AS T1 JOIN Student_Enrolment_Courses AS T2 ON T1.degree_program_id = T2.degree_program_id GROUP BY T1.degree_program_id ORDER BY COUNT(*) DESC LIMIT 1
SELECT student_id, first_name, middle_name, last_name, COUNT(*) AS enrollments FROM Student_Enrolment_Courses GROUP BY student_id ORDER BY enrollments DESC LIMIT 1
SELECT first_name, middle_name, last_name, student_id, COUNT(*) AS num_enrollments FROM Student_Enrolment GROUP BY student_id ORDER BY num_enrollments DESC LIMIT 1
SELECT DISTINCT T2.semester_name FROM Student_Enrolment_Courses AS T1 JOIN Semesters AS T2 ON T1.semester_id = T2.semester_id WHERE T1.student_id IS NULL
SELECT semester_name FROM Semesters WHERE semester_id NOT IN (SELECT semester_id FROM Student_Enrolment)
SELECT course_name FROM Courses WHERE course_id IN ( SELECT course_id FROM Student_Enrolment_Courses )
SELECT course_name FROM Courses WHERE course_id IN ( SELECT course_id FROM Student_Enrolment_Courses )
SELECT course_name FROM Courses WHERE course_id = (SELECT course_id FROM Student_Enrolment_Courses GROUP BY course_id ORDER BY count(*) DESC LIMIT 1)
SELECT course_name FROM Courses WHERE course_id = (SELECT course_id FROM Student_Enrolment GROUP BY course_id ORDER BY count(*) DESC LIMIT 1)
SELECT T2.last_name FROM Student_Enrolment_Courses AS T1 JOIN Students AS T2 ON T1.student_enrolment_id = T2.student_id WHERE T2.state_province_county = 'North Carolina' AND T1.degree_program_id IS NULL
SELECT T2.last_name FROM Students AS T1 JOIN Transcript_Contents AS T2 ON T1.student_id = T2.student_id WHERE T1.state_province_county = 'North Carolina' AND T1.date_left IS NULL
SELECT T1.transcript_date, T1.transcript_id FROM Transcript_Contents AS T1 JOIN Student_Enrolment_Courses AS T2 ON T1.student_course_id = T2.student_course_id GROUP BY T1.transcript_id HAVING COUNT(*) >= 2
SELECT T1.transcript_date, T1.transcript_id FROM Transcript_Contents AS T1 JOIN Student_Enrolment_Courses AS T2 ON T1.student_course_id = T2.student_course_id GROUP BY T1.transcript_id HAVING COUNT(*) >= 2
SELECT T1.cell_mobile_number FROM Students AS T1 JOIN Student_Enrolment AS T2 ON T1.student_id = T2.student_id WHERE T1.first_name = 'Timmothy' AND T1.last_name = 'Ward'
SELECT cell_mobile_number FROM Students WHERE first_name = 'Timmothy' AND last_name = 'Ward'
SELECT first_name, middle_name, last_name FROM Students WHERE date_first_registered = (SELECT MIN(date_first_registered) FROM Students)
SELECT first_name, middle_name, last_name FROM Students WHERE date_first_registered = (SELECT MIN(date_first_registered) FROM Students)
SELECT first_name, middle_name, last_name FROM Students WHERE degree_program_id = (SELECT degree_program_id FROM Degree_Programs WHERE department_id = (SELECT department_id FROM Departments WHERE department_name = 'Graduate') ORDER BY date_left ASC LIMIT 1)
SELECT first_name, middle_name, last_name FROM Students WHERE date_left IS NULL ORDER BY date_first_registered ASC LIMIT 1
SELECT T1.first_name FROM Students AS T1 JOIN Student_Enrolment AS T2 ON T1.student_id = T2.student_id WHERE T1.current_address_id != T2.current_address_id
SELECT first_name FROM Students WHERE permanent_address_id != current_address_id
SELECT address_id, line_1, line_2, line_3, city, zip_postcode, state_province_county, country, other_address_details FROM Addresses GROUP BY address_id ORDER BY count(*) DESC LIMIT 1
SELECT address_id, line_1, line_2 FROM Addresses GROUP BY address_id ORDER BY count(*) DESC LIMIT 1
SELECT AVG(transcript_date) FROM Transcripts
SELECT AVG(transcript_date) FROM Transcripts
SELECT T1.transcript_date, T1.other_details FROM Transcript_Contents AS T1 JOIN Transcripts AS T2 ON T1.transcript_id = T2.transcript_id WHERE T2.transcript_date IS NOT NULL ORDER BY T1.transcript_date ASC LIMIT 1
SELECT MIN(transcript_date) AS earliest_transcript_release_date, other_details FROM Transcripts
SELECT COUNT(*) FROM Transcript_Contents
SELECT count(*) FROM Transcript_Contents
SELECT T2.transcript_date FROM Transcript_Contents AS T1 JOIN Transcripts AS T2 ON T1.transcript_id = T2.transcript_id WHERE T1.student_course_id = (SELECT student_course_id FROM Student_Enrolment_Courses WHERE student_enrolment_id = (SELECT student_enrolment_id FROM Student_Enrolment WHERE student_id = (SELECT student_id FROM Students WHERE first_name = 'John' AND middle_name = 'Doe' AND last_name = 'Doe' AND cell_mobile_number = '1234567890' AND email_address = 'john.doe@example.com' AND ssn = '1234567890' AND date_first_registered = '2023-01-01' AND date_left = '2023-01-01'))
SELECT MAX(transcript_date) FROM Transcripts
SELECT COUNT(DISTINCT course_id) AS max_transcripts, course_id FROM Student_Enrolment_Courses GROUP BY course_id ORDER BY max_transcripts DESC LIMIT 1
SELECT COUNT(DISTINCT course_id) AS max_transcripts, course_id FROM Transcript_Contents GROUP BY course_id ORDER BY max_transcripts DESC LIMIT 1
SELECT transcript_date, transcript_id FROM Transcript_Contents GROUP BY transcript_date ORDER BY count(*) ASC LIMIT 1
SELECT transcript_date, transcript_id FROM Transcript_Contents ORDER BY COUNT(*) ASC LIMIT 1
SELECT T2.semester_id FROM Student_Enrolment_Courses AS T1 JOIN Student_Enrolment AS T2 ON T1.student_enrolment_id = T2.student_enrolment_id WHERE T1.degree_program_id = 1 AND T2.degree_program_id = 2
SELECT semester_id FROM Semesters WHERE semester_name = 'Masters and Bachelors' AND student_enrolment_id IN (SELECT student_enrolment_id FROM Student_Enrolment_Courses WHERE course_id IN (SELECT course_id FROM Courses WHERE course_name = 'Masters' AND course_description = 'Bachelors'))
SELECT count(DISTINCT address_id) FROM Addresses
SELECT DISTINCT address_id FROM Addresses WHERE student_id IN (SELECT student_id FROM Student_Enrolment)
SELECT student_details FROM Students ORDER BY student_details DESC
SELECT other_details FROM Students ORDER BY other_details DESC
SELECT section_name FROM Sections WHERE section_id = 1
SELECT section_description FROM Sections WHERE section_name = 'h'
SELECT first_name FROM Students WHERE permanent_address_id IN ( SELECT address_id FROM Addresses WHERE country = 'Haiti' ) OR cell_mobile_number = '09700166582'
SELECT first_name FROM Students WHERE permanent_address_id IN (SELECT address_id FROM Addresses WHERE city = 'Haiti' OR cell_mobile_number = '09700166582') OR date_left > CURRENT_DATE
SELECT Title FROM Cartoon ORDER BY Title ASC
SELECT Title FROM Cartoon ORDER BY Title ASC
SELECT Title FROM Cartoon WHERE Directed_by = "Ben Jones"
SELECT Title FROM Cartoon WHERE Directed_by = 'Ben Jones'
SELECT COUNT(*) FROM Cartoon WHERE Written_by = "Joseph Kuhr"
SELECT COUNT(*) FROM Cartoon WHERE Directed_by = 'Joseph Kuhr'
SELECT Title, Directed_by FROM Cartoon ORDER BY Air_Date ASC
SELECT Title, Directed_by FROM Cartoon ORDER BY Air_Date ASC
SELECT Title FROM Cartoon WHERE Directed_by = "Ben Jones" OR Directed_by = "Brandon Vietti"
SELECT Title FROM Cartoon WHERE Directed_by = 'Ben Jones' OR Directed_by = 'Brandon Vietti'
SELECT Country, COUNT(*) AS num_channels FROM TV_Channel GROUP BY Country ORDER BY num_channels DESC LIMIT 1
SELECT Country, COUNT(*) AS Channel_count FROM TV_Channel GROUP BY Country ORDER BY Channel_count DESC LIMIT 1
SELECT count(DISTINCT series_name), count(DISTINCT Content) FROM TV_Channel
SELECT count(DISTINCT series_name, content) FROM TV_Channel
SELECT Content FROM TV_Channel WHERE series_name = "Sky Radio"
SELECT Content FROM TV_series WHERE Channel = 'Sky Radio'
SELECT Package_Option FROM TV_Channel WHERE series_name = 'Sky Radio'
SELECT Package_Option FROM TV_Channel WHERE series_name = 'Sky Radio'
SELECT COUNT(id) FROM TV_Channel WHERE Language = 'English'
SELECT COUNT(id) FROM TV_Channel WHERE Language = 'English'
SELECT Language, COUNT(*) FROM TV_Channel GROUP BY Language ORDER BY COUNT(*) ASC LIMIT 1
SELECT Language, COUNT(*) AS Channel_count FROM TV_Channel GROUP BY Language ORDER BY Channel_count ASC LIMIT 1
SELECT Language, COUNT(*) FROM TV_Channel GROUP BY Language
SELECT Language, COUNT(*) FROM TV_Channel GROUP BY Language
SELECT T2.series_name FROM TV_Channel AS T1 JOIN TV_series AS T2 ON T1.id = T2.Channel WHERE T1.Title = 'The Rise of the Blue Beetle!'
SELECT T2.series_name FROM TV_Channel AS T1 JOIN TV_series AS T2 ON T1.id = T2.Channel WHERE T1.series_name = 'The Rise of the Blue Beetle'
SELECT Title FROM Cartoon WHERE Channel = (SELECT id FROM TV_Channel WHERE series_name = "Sky Radio")
SELECT T1.Title FROM Cartoon AS T1 JOIN TV_Channel AS T2 ON T1.Channel = T2.id WHERE T2.series_name = 'Sky Radio'
SELECT Episode FROM TV_series ORDER BY Rating DESC
SELECT Episode FROM TV_series ORDER BY Rating ASC
SELECT T1.Episode, T1.Rating FROM TV_series AS T1 JOIN TV_Channel AS T2 ON T1.Channel = T2.id ORDER BY T1.Rating DESC LIMIT 3
SELECT Episode, Rating FROM TV_series ORDER BY Rating DESC LIMIT 3
SELECT MIN(Share), MAX(Share) FROM TV_series
SELECT MAX(Share), MIN(Share) FROM TV_series
SELECT T1.Air_Date FROM TV_series AS T1 JOIN TV_series_episodes AS T2 ON T1.id = T2.Series_id WHERE T2.Episode = 'A Love of a Lifetime'
SELECT T1.Air_Date FROM Cartoon AS T1 JOIN TV_series AS T2 ON T1.id = T2.Channel WHERE T2.Episode = 'A Love of a Lifetime'
SELECT Weekly_Rank FROM TV_series WHERE Episode = 'A Love of a Lifetime'
SELECT Weekly_Rank FROM TV_series WHERE Episode = 'A Love of a Lifetime'
SELECT T2.series_name FROM TV_series AS T1 JOIN TV_Channel AS T2 ON T1.Channel = T2.id WHERE T1.Episode = 'A Love of a Lifetime'
SELECT T2.series_name FROM TV_series AS T1 JOIN TV_channel AS T2 ON T1.Channel = T2.id WHERE T1.Episode = 'A Love of a Lifetime'
SELECT Episode FROM TV_series WHERE Channel = (SELECT id FROM TV_Channel WHERE series_name = "Sky Radio")
SELECT Episode FROM TV_series WHERE Channel = (SELECT id FROM TV_Channel WHERE series_name = "Sky Radio")
SELECT Director, COUNT(*) FROM Cartoon GROUP BY Director
SELECT Director, COUNT(*) AS num_cartoons FROM Cartoon GROUP BY Director
SELECT Production_code, Channel FROM Cartoon ORDER BY Air_Date DESC LIMIT 1
SELECT Production_code, Channel FROM Cartoon ORDER BY Air_Date DESC LIMIT 1
SELECT Package_Option, series_name FROM TV_Channel WHERE Hight_definition_TV = 'Yes'
SELECT Package_Option, series_name FROM TV_Channel WHERE Content = 'High Definition TV'
SELECT T1.Country FROM TV_Channel AS T1 JOIN TV_series AS T2 ON T1.id = T2.Channel WHERE T2.Episode LIKE '%Todd Casey%' AND T2.Title LIKE '%Cartoon%'
SELECT Country FROM TV_Channel WHERE Channel IN ( SELECT Channel FROM TV_series WHERE Episode IN ( SELECT Episode FROM Cartoon WHERE Directed_by = 'Todd Casey' ) )
SELECT T2.Country FROM TV_Channel AS T1 JOIN TV_series AS T2 ON T1.id = T2.Channel WHERE T2.Episode = '18_49_Rating_Share' AND T1.Directed_by != 'Todd Casey'
SELECT DISTINCT Country FROM TV_Channel WHERE Channel IN ( SELECT Channel FROM TV_series WHERE Episode IN ( SELECT Episode FROM Cartoon WHERE Directed_by = 'Todd Casey' ) )
SELECT T2.series_name, T2.Country FROM TV_Channel AS T1 JOIN TV_series AS T2 ON T1.id = T2.Channel WHERE T1.directed_by = 'Ben Jones' AND T1.directed_by = 'Michael Chang'
SELECT T1.series_name, T1.Country FROM TV_Channel AS T1 JOIN Cartoon AS T2 ON T1.id = T2.Channel WHERE T2.Directed_by = 'Ben Jones' OR T2.Directed_by = 'Michael Chang'
SELECT T1.Pixel_aspect_ratio_PAR, T1.Country FROM TV_Channel AS T1 WHERE T1.Language != 'English'
SELECT T1.Pixel_aspect_ratio_PAR, T1.Country FROM TV_Channel AS T1 WHERE T1.Language != 'English'
SELECT id FROM TV_Channel WHERE Country IN (SELECT Country FROM TV_Channel GROUP BY Country HAVING COUNT(*) > 2)
SELECT id FROM TV_Channel WHERE id IN (SELECT Channel FROM TV_series GROUP BY Channel HAVING count(*) > 2)
SELECT id FROM TV_Channel WHERE Channel NOT IN (SELECT id FROM Cartoon WHERE Directed_by = 'Ben Jones')
SELECT id FROM TV_Channel WHERE Channel NOT IN (SELECT id FROM Cartoon WHERE Directed_by = 'Ben Jones')
SELECT Package_Option FROM TV_Channel WHERE Channel NOT IN (SELECT Channel FROM Cartoon WHERE Directed_by = 'Ben Jones')
SELECT Package_Option FROM TV_Channel WHERE Channel IN (SELECT id FROM Cartoon WHERE Directed_by = 'Ben Jones') AND Production_code != 0
SELECT count(*) FROM poker_player
SELECT count(*) FROM poker_player
SELECT Earnings FROM poker_player ORDER BY Earnings DESC
SELECT Earnings FROM poker_player ORDER BY Earnings DESC
SELECT Final_Table_Made, Best_Finish FROM poker_player
SELECT Final_Table_Made, Best_Finish FROM poker_player
SELECT AVG(Earnings) FROM poker_player
SELECT AVG(Earnings) FROM poker_player
SELECT Money_Rank FROM poker_player ORDER BY Earnings DESC LIMIT 1
SELECT Money_Rank FROM poker_player ORDER BY Earnings DESC LIMIT 1
SELECT MAX(Final_Table_Made) FROM poker_player WHERE Earnings < 200000
SELECT MAX(Final_Table_Made) FROM poker_player WHERE Earnings < 200000
SELECT Name FROM poker_player
SELECT Name FROM poker_player
SELECT Name FROM poker_player WHERE Earnings > 300000
SELECT Name FROM poker_player WHERE Earnings > 300000
SELECT Name FROM poker_player ORDER BY Final_Table_Made ASC
SELECT Name FROM poker_player ORDER BY Final_Table_Made ASC
SELECT Birth_Date FROM poker_player ORDER BY Earnings ASC LIMIT 1
SELECT Birth_Date FROM poker_player ORDER BY Earnings ASC LIMIT 1
SELECT Money_Rank FROM poker_player ORDER BY Height DESC LIMIT 1
SELECT Money_Rank FROM poker_player ORDER BY Height DESC LIMIT 1
SELECT AVG(Earnings) FROM poker_player WHERE Height > 200
SELECT AVG(Earnings) FROM poker_player WHERE People_ID IN ( SELECT People_ID FROM people WHERE Height > 200 )
SELECT Name FROM poker_player ORDER BY Earnings DESC
SELECT Name FROM poker_player ORDER BY Earnings DESC
SELECT Nationality, COUNT(*) FROM people GROUP BY Nationality
SELECT Nationality, COUNT(*) FROM people GROUP BY Nationality
SELECT Nationality FROM people GROUP BY Nationality ORDER BY COUNT(*) DESC LIMIT 1
SELECT Nationality FROM people GROUP BY Nationality ORDER BY COUNT(*) DESC LIMIT 1
SELECT Nationality FROM people GROUP BY Nationality HAVING COUNT(*) >= 2
SELECT Nationality FROM people GROUP BY Nationality HAVING COUNT(*) >= 2
SELECT Name, Birth_Date FROM people ORDER BY Name ASC
SELECT Name, Birth_Date FROM people ORDER BY Name ASC
SELECT Name FROM people WHERE Nationality != "Russia"
SELECT Name FROM people WHERE Nationality != 'Russia'
SELECT Name FROM people WHERE People_ID NOT IN (SELECT People_ID FROM poker_player)
SELECT Name FROM people WHERE People_ID NOT IN (SELECT People_ID FROM poker_player)
SELECT count(DISTINCT Nationality) FROM people
SELECT count(DISTINCT Nationality) FROM people
SELECT count(DISTINCT state) FROM AREA_CODE_STATE
SELECT contestant_number, contestant_name FROM contestants ORDER BY contestant_name DESC
SELECT vote_id, phone_number, state FROM VOTES
SELECT max(area_code), min(area_code) FROM AREA_CODE_STATE
SELECT MAX(created) FROM VOTES WHERE state = 'CA'
SELECT T2.contestant_name FROM CONTESTANTS AS T1 JOIN VOTES AS T2 ON T1.contestant_number = T2.contestant_number WHERE T1.contestant_name != 'Jessie Alloway'
SELECT DISTINCT state, created FROM VOTES
SELECT T2.contestant_number, T2.contestant_name FROM VOTES AS T1 JOIN CONTESTANTS AS T2 ON T1.contestant_number = T2.contestant_number GROUP BY T2.contestant_number HAVING COUNT(T1.state) >= 2
SELECT contestant_number, contestant_name FROM VOTES WHERE state = 'CA' ORDER BY votes DESC LIMIT 1
SELECT COUNT(*) FROM VOTES WHERE state IN ('NY', 'CA')
SELECT COUNT(contestant_number) FROM CONTESTANTS WHERE contestant_number NOT IN (SELECT contestant_number FROM VOTES)
SELECT state FROM VOTES GROUP BY state ORDER BY COUNT(*) DESC LIMIT 1
SELECT created, state, phone_number FROM VOTES WHERE contestant_name = 'Tabatha Gehling'
SELECT area_code FROM VOTES WHERE contestant_number = (SELECT contestant_number FROM CONTESTANTS WHERE contestant_name = 'Tabatha Gehling') AND contestant_number = (SELECT contestant_number FROM CONTESTANTS WHERE contestant_name = 'Kelly Clauss')
SELECT contestant_name FROM contestants WHERE contestant_name LIKE '%Al%'
SELECT Name FROM country WHERE IndepYear > 1950
SELECT Name FROM country WHERE IndepYear > 1950
SELECT COUNT(*) FROM country WHERE GovernmentForm = 'Republic'
SELECT COUNT(Code) FROM country WHERE GovernmentForm = 'Republic'
SELECT SUM(SurfaceArea) FROM country WHERE Region = 'Caribbean'
SELECT SUM(SurfaceArea) FROM country WHERE CountryCode IN (SELECT Code FROM country WHERE Name = 'Carribean')
SELECT Continent FROM country WHERE Code = 'Anguilla'
SELECT Continent FROM country WHERE Code = 'Anguilla'
SELECT Region FROM country WHERE Code = 'Kabul'
SELECT Region FROM country WHERE Code = 'Kabul'
SELECT Language FROM countrylanguage WHERE CountryCode = (SELECT Code FROM country WHERE Name = 'Aruba') ORDER BY Percentage DESC LIMIT 1
SELECT Language FROM countrylanguage WHERE CountryCode = (SELECT Code FROM country WHERE Name = 'Aruba')
SELECT Population, LifeExpectancy FROM city WHERE CountryCode = 'BR'
SELECT Population, LifeExpectancy FROM country WHERE Code = 'Brazil'
SELECT Region, Population FROM country WHERE Code = ' Angola'
SELECT Region, Population FROM country WHERE Code = ' Angola'
SELECT AVG(T2.LifeExpectancy) FROM country AS T1 INNER JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode WHERE T1.Region = 'Central Africa'
SELECT AVG(LifeExpectancy) FROM country WHERE CountryCode = 'Central Africa'
SELECT Name FROM country WHERE LifeExpectancy = (SELECT MIN(LifeExpectancy) FROM country WHERE Continent = 'Asia')
SELECT Name FROM country WHERE Continent = 'Asia' ORDER BY LifeExpectancy ASC LIMIT 1
SELECT SUM(T2.Population), MAX(T2.GNP) FROM city AS T1 INNER JOIN country AS T2 ON T1.CountryCode = T2.Code WHERE T2.Continent = 'Asia'
SELECT COUNT(T1.Population) AS PeopleInAsia, MAX(T1.GNP) AS LargestGNP FROM city AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code WHERE T2.Continent = 'Asia'
SELECT AVG(LifeExpectancy) FROM country WHERE CountryCode IN ( SELECT Code FROM countrylanguage WHERE Language = 'English' AND IsOfficial = 'Yes' AND Region = 'Africa' AND CountryCode2 = 'Republic' )
SELECT AVG(LifeExpectancy) FROM country WHERE CountryCode IN ( SELECT Code FROM countrylanguage WHERE Language = 'English' AND IsOfficial = 'Yes' AND Region = 'Republic' ) AND Continent = 'Africa'
SELECT SUM(SurfaceArea) FROM country WHERE Continent = 'Asia' OR Continent = 'Europe'
SELECT SUM(SurfaceArea) FROM country WHERE Continent = 'Asia' OR Continent = 'Europe'
SELECT Population FROM city WHERE District = 'Gelderland'
SELECT SUM(T2.Population) FROM city AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code WHERE T1.District = 'Gelderland'
SELECT AVG(GNP) AS AverageGNP, SUM(Population) AS TotalPopulation FROM country WHERE GovernmentForm = 'US territory'
SELECT AVG(GNP) AS MeanGNP, SUM(TotalPopulation) AS TotalPopulation FROM country WHERE CountryCode IN ( SELECT Code FROM countrylanguage WHERE Language = 'US' )
SELECT count(DISTINCT Language) FROM countrylanguage
SELECT count(DISTINCT Language) FROM countrylanguage
SELECT COUNT(DISTINCT GovernmentForm) FROM country WHERE CountryCode IN ( SELECT Code FROM countrylanguage WHERE Language = 'English' INTERSECT SELECT Code FROM countrylanguage WHERE Language = 'French' ) AND Continent = 'Africa'
SELECT count(DISTINCT GovernmentForm) FROM country WHERE CountryCode IN ( SELECT Code FROM countrylanguage WHERE Language = 'English' ) AND CountryCode IN ( SELECT Code FROM countrylanguage WHERE Language = 'French' ) AND CountryCode IN ( SELECT Code FROM countrylanguage WHERE Language = 'Spanish' ) AND CountryCode IN ( SELECT Code FROM countrylanguage WHERE Language = 'Italian' ) AND CountryCode IN ( SELECT Code FROM countrylanguage WHERE Language = 'Portuguese' ) AND CountryCode IN ( SELECT Code FROM countrylanguage WHERE Language = 'Catalan' ) AND CountryCode IN ( SELECT Code FROM countrylanguage WHERE Language = 'Dutch' ) AND CountryCode IN ( SELECT Code FROM countrylanguage WHERE Language = 'Norwegian' ) AND CountryCode IN ( SELECT Code FROM countrylanguage WHERE Language = 'Swedish' ) AND CountryCode IN ( SELECT Code FROM countrylanguage WHERE Language = 'Danish' ) AND CountryCode IN ( SELECT Code FROM countrylanguage WHERE Language = 'Finnish' ) AND CountryCode IN ( SELECT Code FROM countrylanguage WHERE Language = 'Bulgarian' ) AND CountryCode IN ( SELECT Code FROM countrylanguage WHERE Language = 'Serbian
SELECT COUNT(T2.Language) FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode WHERE T1.Name = 'Aruba'
SELECT COUNT(T2.Language) FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode WHERE T1.Name = 'Aruba'
SELECT COUNT(T2.Language) FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode WHERE T1.Name = 'Afghanistan'
SELECT COUNT(T2.Language) FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode WHERE T1.Name = 'Afghanistan'
SELECT T2.Name FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode ORDER BY T2.Percentage DESC LIMIT 1
SELECT Name FROM country WHERE Code IN ( SELECT CountryCode FROM countrylanguage GROUP BY CountryCode ORDER BY SUM(Percentage) DESC LIMIT 1 )
SELECT Continent FROM countrylanguage GROUP BY Continent ORDER BY COUNT(*) DESC LIMIT 1
SELECT T2.Continent FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode GROUP BY T2.Continent ORDER BY COUNT(*) DESC LIMIT 1
SELECT COUNT(T1.Code) FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode WHERE T2.Language = 'English' AND T2.Language = 'Dutch'
SELECT COUNT(T1.Code) FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode WHERE T2.Language = 'English' AND T2.Language = 'Dutch'
SELECT Name FROM countrylanguage WHERE Language IN ('English', 'French')
SELECT Name FROM countrylanguage WHERE Language IN ('English', 'French')
SELECT Name FROM country WHERE Code IN ( SELECT Code FROM countrylanguage WHERE Language IN ('English', 'French') )
SELECT Name FROM country WHERE Language = 'English' AND Language = 'French'
SELECT count(DISTINCT Continent) FROM countrylanguage WHERE Language = 'Chinese'
SELECT COUNT(DISTINCT Continent) FROM countrylanguage WHERE Language = 'Chinese'
SELECT Region FROM countrylanguage WHERE Language IN ('English', 'Dutch')
SELECT Region FROM countrylanguage WHERE Language = 'Dutch' OR Language = 'English'
SELECT T2.Name FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode WHERE T2.IsOfficial = 'English' OR T2.IsOfficial = 'Dutch'
SELECT Code FROM countrylanguage WHERE Language IN ('English', 'Dutch') OR IsOfficial = 'Yes'
SELECT Language FROM countrylanguage WHERE CountryCode IN ( SELECT Code FROM country WHERE Continent = 'Asia' ) ORDER BY Percentage DESC LIMIT 1
SELECT Language FROM countrylanguage WHERE CountryCode IN ( SELECT CountryCode FROM country WHERE Continent = 'Asia' ORDER BY Population DESC LIMIT 1 )
SELECT Language FROM countrylanguage WHERE CountryCode IN ( SELECT CountryCode FROM country WHERE GovernmentForm = 'Republic' GROUP BY CountryCode HAVING COUNT(*) = 1 )
SELECT Language FROM countrylanguage WHERE CountryCode IN ( SELECT CountryCode FROM country WHERE GovernmentForm = 'Republic' ) GROUP BY Language HAVING COUNT(*) = 1
SELECT Name FROM city WHERE Population = (SELECT MAX(Population) FROM city WHERE Language = 'English')
SELECT Name FROM city WHERE Population = (SELECT MAX(POPulation) FROM city WHERE Language = 'English')
SELECT Name, Population, LifeExpectancy FROM country WHERE Continent = 'Asia' AND SurfaceArea = (SELECT MAX(SurfaceArea) FROM country) ORDER BY Population DESC LIMIT 1
SELECT Name, Population, LifeExpectancy FROM country WHERE Continent = 'Asia' AND CountryCode IN ( SELECT CountryCode FROM countrylanguage WHERE Language = 'English' ORDER BY Percentage DESC LIMIT 1 )
SELECT AVG(LifeExpectancy) FROM country WHERE Language != 'English'
SELECT AVG(LifeExpectancy) FROM country WHERE Language != 'English' AND Code IN (SELECT Code FROM countrylanguage WHERE Language = 'English')
SELECT SUM(T2.Population) FROM country AS T1 INNER JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode WHERE T1.Language != 'English'
SELECT COUNT(T1.Population) FROM city AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode WHERE T2.Language != 'English'
SELECT T2.Language FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode WHERE T1.HeadOfState = 'Beatrix'
SELECT T2.Language FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode WHERE T1.HeadOfState = 'Beatrix'
SELECT COUNT(DISTINCT Language) FROM countrylanguage WHERE CountryCode IN ( SELECT Code FROM country WHERE IndepYear < 1930 )
SELECT COUNT(DISTINCT Language) FROM countrylanguage WHERE CountryCode IN ( SELECT Code FROM country WHERE IndepYear < 1930 )
SELECT Name FROM country WHERE SurfaceArea > (SELECT SurfaceArea FROM country WHERE CountryCode IN (SELECT Code FROM countrylanguage WHERE Language = 'English' AND IsOfficial = 'Yes'))
SELECT Name FROM country WHERE SurfaceArea > (SELECT SurfaceArea FROM country WHERE Continent = 'Europe')
SELECT Name FROM country WHERE Code IN ( SELECT Code FROM countrylanguage WHERE Language = 'English' AND Percentage < ( SELECT AVG(Percentage) FROM countrylanguage WHERE Language = 'English' ) ) AND CountryCode NOT IN ( SELECT CountryCode FROM countrylanguage WHERE Language = 'English' AND Percentage > ( SELECT AVG(Percentage) FROM countrylanguage WHERE Language = 'English' ) ) AND CountryCode NOT IN ( SELECT CountryCode FROM countrylanguage WHERE Language = 'English' AND Percentage > ( SELECT AVG(Percentage) FROM countrylanguage WHERE Language = 'English' ) ) AND CountryCode NOT IN ( SELECT CountryCode FROM countrylanguage WHERE Language = 'English' AND Percentage > ( SELECT AVG(Percentage) FROM countrylanguage WHERE Language = 'English' ) ) AND CountryCode NOT IN ( SELECT CountryCode FROM countrylanguage WHERE Language = 'English' AND Percentage > ( SELECT AVG(Percentage) FROM countrylanguage WHERE Language = 'English' ) ) AND CountryCode NOT IN ( SELECT CountryCode FROM countrylanguage WHERE Language = 'English' AND Percentage > ( SELECT AVG(Percentage) FROM countrylanguage WHERE Language = 'English' ) ) AND CountryCode NOT IN ( SELECT Country
SELECT Name FROM country WHERE Code IN ( SELECT Code FROM countrylanguage WHERE Language = 'English' AND Percentage < (SELECT MIN(Percentage) FROM countrylanguage WHERE Language = 'English') )
SELECT Name FROM country WHERE Code IN ( SELECT Code FROM countrylanguage WHERE Language = 'English' AND Percentage > ( SELECT MAX(Percentage) FROM countrylanguage WHERE Language = 'English' ) ) AND CountryCode NOT IN ( SELECT CountryCode FROM country WHERE Code IN ( SELECT Code FROM countrylanguage WHERE Language = 'English' AND Percentage < ( SELECT MIN(Percentage) FROM countrylanguage WHERE Language = 'English' ) ) )
SELECT Name FROM country WHERE Code IN ( SELECT Code FROM countrylanguage WHERE Language = 'English' AND Percentage > ( SELECT MAX(Percentage) FROM countrylanguage WHERE Language = 'English' ) )
SELECT Code FROM country WHERE Language != 'English'
SELECT Code FROM country WHERE Language != 'English'
SELECT Code FROM countrylanguage WHERE Language != 'English'
SELECT Code FROM countrylanguage WHERE Language != 'English'
SELECT Code FROM country WHERE CountryCode NOT IN (SELECT Code FROM countrylanguage WHERE Language = 'English' AND IsOfficial = 'Yes') AND GovernmentForm != 'Republic'
SELECT Code FROM country WHERE Language != 'English' AND NOT EXISTS (SELECT 1 FROM countrylanguage WHERE CountryCode = Code AND Language = 'Republics')
SELECT Name FROM city WHERE CountryCode IN ( SELECT Code FROM country WHERE Continent = 'Europe' AND Language != 'English' )
SELECT Name FROM city WHERE CountryCode IN (SELECT Code FROM country WHERE Continent = 'Europe' AND Language != 'English') AND IsOfficial = 'No'
SELECT DISTINCT T1.Name FROM city AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code WHERE T2.Continent = 'Asia' AND T2.Language = 'Chinese'
SELECT DISTINCT Name FROM city WHERE CountryCode IN (SELECT Code FROM country WHERE Continent = 'Asia') AND Language = 'Chinese'
SELECT Name, IndependenceYear, SurfaceArea FROM country ORDER BY Population ASC LIMIT 1
SELECT Name, IndepYear, SurfaceArea FROM country WHERE Population = (SELECT MIN(Population) FROM country)
SELECT Population, Name, HeadOfState FROM country ORDER BY SurfaceArea DESC LIMIT 1
SELECT Name, Population, HeadOfState FROM country ORDER BY SurfaceArea DESC LIMIT 1
SELECT T1.Name, COUNT(T2.Language) AS LanguageCount FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode GROUP BY T1.Code HAVING LanguageCount >= 3
SELECT T2.Name, COUNT(T1.Language) AS LanguageCount FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode GROUP BY T2.CountryCode HAVING COUNT(T1.Language) > 2
SELECT District, COUNT(*) AS CityCount FROM city WHERE Population > (SELECT AVG(Population) FROM city) GROUP BY District
SELECT District, COUNT(*) AS NumberOfCities FROM city WHERE Population > (SELECT AVG(Population) FROM city) GROUP BY District
SELECT T2.GovernmentForm, SUM(T1.Population) AS TotalPopulation FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode WHERE T2.Percentage > 72 GROUP BY T2.GovernmentForm
SELECT DISTINCT GovernmentForm, SUM(Population) as TotalPopulation FROM countrylanguage WHERE Percentage > 72 GROUP BY GovernmentForm
SELECT T2.Name, AVG(T1.LifeExpectancy) AS AverageLifeExpectancy, SUM(T1.Population) AS TotalPopulation FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode WHERE T1.LifeExpectancy < 72 GROUP BY T2.Name
SELECT T2.Continent, SUM(T1.Population) AS TotalPopulation, AVG(T1.LifeExpectancy) AS AverageLifeExpectancy FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode WHERE T2.Percentage < 72 GROUP BY T2.Continent
SELECT Name, SurfaceArea FROM country ORDER BY SurfaceArea DESC LIMIT 5
SELECT Name, SurfaceArea FROM country ORDER BY Population DESC LIMIT 5
SELECT Name FROM country ORDER BY Population DESC LIMIT 3
SELECT Name FROM country ORDER BY Population DESC LIMIT 3
SELECT Name FROM country ORDER BY Population LIMIT 3
SELECT Name FROM country ORDER BY Population LIMIT 3
SELECT COUNT(*) FROM country WHERE Continent = 'Asia'
SELECT COUNT(*) FROM country WHERE Continent = 'Asia'
SELECT Name FROM country WHERE Continent = 'Europe' AND Population = 80000
SELECT Name FROM country WHERE Continent = 'Europe' AND Population = 80000
SELECT SUM(T2.Population), AVG(T2.SurfaceArea) FROM country AS T1 INNER JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode WHERE T1.Continent = 'North America' AND T2.SurfaceArea > 3000
SELECT SUM(T1.Population), AVG(T1.SurfaceArea) FROM city AS T1 INNER JOIN country AS T2 ON T1.CountryCode = T2.Code WHERE T2.Continent = 'North America' AND T1.SurfaceArea > 3000
SELECT Name FROM city WHERE Population BETWEEN 160000 AND 900000
SELECT Name FROM city WHERE Population BETWEEN 160000 AND 900000
SELECT Language FROM countrylanguage GROUP BY Language ORDER BY COUNT(*) DESC LIMIT 1
SELECT Language FROM countrylanguage GROUP BY Language ORDER BY COUNT(*) DESC LIMIT 1
SELECT c.Name, c.Language, SUM(CASE WHEN T2.Percentage > 0 THEN 1 ELSE 0 END) AS TotalPeople FROM country c JOIN countrylanguage T1 ON c.Code = T1.CountryCode JOIN citylanguage T2 ON T1.CountryCode = T2.CountryCode GROUP BY c.Name, c.Language ORDER BY TotalPeople DESC
SELECT country.Code, countrylanguage.Language FROM country JOIN countrylanguage ON country.Code = countrylanguage.CountryCode GROUP BY country.Code ORDER BY SUM(countrylanguage.Percentage) DESC
SELECT COUNT(*) FROM countrylanguage WHERE Language = 'Spanish' AND Percentage = (SELECT MAX(Percentage) FROM countrylanguage)
SELECT COUNT(*) FROM countrylanguage WHERE Language = 'Spanish' AND IsOfficial = 'Yes'
SELECT Code FROM countrylanguage WHERE Language = 'Spanish' ORDER BY Percentage DESC LIMIT 1
SELECT Code FROM countrylanguage WHERE Language = 'Spanish' AND IsOfficial = 'Yes'
SELECT count(*) FROM conductor
SELECT count(*) FROM conductor
SELECT Name FROM conductor ORDER BY Age ASC
SELECT Name FROM conductor ORDER BY Age
SELECT Name FROM conductor WHERE Nationality != "USA"
SELECT Name FROM conductor WHERE Nationality != "USA"
SELECT Record_Company FROM orchestra ORDER BY Year_of_Founded DESC
SELECT Record_Company FROM orchestra ORDER BY Year_of_Founded DESC
SELECT AVG(Attendance) FROM show
SELECT AVG(Attendance) FROM show
SELECT MAX(Share), MIN(Share) FROM performance WHERE Type != "Live final"
SELECT MAX(Share), MIN(Share) FROM performance WHERE Type != "Live final"
SELECT count(DISTINCT Nationality) FROM conductor
SELECT count(DISTINCT Nationality) FROM conductor
SELECT Name FROM conductor ORDER BY Year_of_Work DESC
SELECT Name FROM conductor ORDER BY Year_of_Work DESC
SELECT Name FROM conductor ORDER BY Year_of_Work DESC LIMIT 1
SELECT Name FROM conductor WHERE Year_of_Work = (SELECT MAX(Year_of_Work) FROM conductor)
SELECT Name, Orchestra FROM conductor JOIN orchestra ON conductor.Conductor_ID = orchestra.Conductor_ID
SELECT Name, Orchestra FROM conductor JOIN orchestra ON conductor.Conductor_ID = orchestra.Conductor_ID
SELECT Name FROM conductor WHERE Conductor_ID IN (SELECT Conductor_ID FROM performance GROUP BY Conductor_ID HAVING COUNT(Orchestra_ID) > 1)
SELECT Name FROM conductor WHERE Conductor_ID IN (SELECT Conductor_ID FROM orchestra GROUP BY Conductor_ID HAVING COUNT(*) > 1)
SELECT Name FROM conductor WHERE Conductor_ID = (SELECT Conductor_ID FROM performance GROUP BY Conductor_ID ORDER BY COUNT(*) DESC LIMIT 1)
SELECT Name FROM conductor WHERE Conductor_ID = (SELECT Conductor_ID FROM performance GROUP BY Conductor_ID ORDER BY COUNT(*) DESC LIMIT 1)
SELECT Name FROM conductor WHERE Conductor_ID IN (SELECT Conductor_ID FROM orchestra WHERE Year_of_Founded > 2008)
SELECT Name FROM conductor WHERE Conductor_ID IN (SELECT Conductor_ID FROM orchestra WHERE Year_of_Founded > 2008)
SELECT Record_Company, COUNT(*) FROM orchestra GROUP BY Record_Company
SELECT orchestra.Record_Company, COUNT(*) AS Orchestra_Count FROM orchestra GROUP BY orchestra.Record_Company
SELECT Record_Company FROM orchestra ORDER BY COUNT(*) ASC
SELECT Major_Record_Format FROM orchestra ORDER BY Frequency DESC
SELECT Record_Company FROM orchestra GROUP BY Record_Company ORDER BY count(*) DESC LIMIT 1
SELECT Record_Company FROM orchestra GROUP BY Record_Company ORDER BY count(*) DESC LIMIT 1
SELECT Orchestra FROM orchestra WHERE Orchestra_ID NOT IN (SELECT Orchestra_ID FROM performance)
SELECT Orchestra_ID FROM orchestra WHERE Orchestra_ID NOT IN (SELECT Orchestra_ID FROM performance)
SELECT DISTINCT Record_Company FROM orchestra WHERE Year_of_Founded < 2003 OR Year_of_Founded > 2003
SELECT Record_Company FROM orchestra WHERE Year_of_Founded < 2003 INTERSECT SELECT Record_Company FROM orchestra WHERE Year_of_Founded > 2003
SELECT COUNT(Orchestra_ID) FROM orchestra WHERE Record_Company IN ('CD', 'DVD')
SELECT COUNT(Orchestra_ID) FROM orchestra WHERE Record_Company IN ('CD', 'DVD')
SELECT Year_of_Founded FROM orchestra GROUP BY Year_of_Founded HAVING COUNT(*) > 1
SELECT Year_of_Founded FROM orchestra WHERE Orchestra_ID IN ( SELECT Orchestra_ID FROM performance GROUP BY Orchestra_ID HAVING COUNT(*) > 1 )
SELECT count(*) FROM Highschooler
SELECT count(*) FROM Highschooler
SELECT name, grade FROM Highschooler
SELECT T1.name, T1.grade FROM Highschooler AS T1 JOIN Likes AS T2 ON T1.ID = T2.student_id
SELECT grade FROM Highschooler
SELECT T1.grade FROM Highschooler AS T1 JOIN Likes AS T2 ON T1.ID = T2.student_id
SELECT grade FROM Highschooler WHERE name = 'Kyle'
SELECT grade FROM Highschooler WHERE name = 'Kyle'
SELECT name FROM Highschooler WHERE grade = 10
SELECT name FROM Highschooler WHERE grade = 10
SELECT ID FROM Highschooler WHERE name = 'Kyle'
SELECT student_id FROM Friend WHERE student_id = (SELECT ID FROM Highschooler WHERE name = 'Kyle')
SELECT COUNT(*) FROM Highschooler WHERE grade = 9 OR grade = 10
SELECT COUNT(T1.ID) FROM Friend AS T1 JOIN Likes AS T2 ON T1.student_id = T2.student_id JOIN Highschooler AS T3 ON T2.liked_id = T3.ID WHERE T3.grade IN (9, 10)
SELECT grade, COUNT(*) FROM Highschooler GROUP BY grade
SELECT grade, COUNT(*) FROM Highschooler GROUP BY grade
SELECT grade FROM Highschooler GROUP BY grade ORDER BY count(*) DESC LIMIT 1
SELECT grade FROM Highschooler GROUP BY grade ORDER BY count(*) DESC LIMIT 1
SELECT grade FROM Highschooler GROUP BY grade HAVING count(*) >= 4
SELECT grade FROM Highschooler WHERE ID IN (SELECT student_id FROM Likes WHERE liked_id IN (SELECT student_id FROM Friend WHERE friend_id IN (SELECT student_id FROM Highschooler WHERE grade >= 4)))
SELECT student_id, COUNT(*) FROM Friend GROUP BY student_id
SELECT student_id, COUNT(*) AS num_friends FROM Friend GROUP BY student_id
SELECT h.name, COUNT(f.student_id) AS num_friends FROM Friend f JOIN Highschooler h ON f.friend_id = h.ID GROUP BY h.name
SELECT h.name, COUNT(f.student_id) AS num_friends FROM Friend f JOIN Highschooler h ON f.student_id = h.ID GROUP BY h.name
SELECT T1.name FROM Friend AS T1 JOIN Likes AS T2 ON T1.student_id = T2.student_id GROUP BY T1.student_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.name FROM Friend AS T1 JOIN Likes AS T2 ON T1.student_id = T2.student_id GROUP BY T1.student_id ORDER BY count(*) DESC LIMIT 1
SELECT h.name FROM Friend f JOIN Likes l ON f.student_id = l.student_id JOIN Highschooler h ON l.liked_id = h.ID GROUP BY h.name HAVING COUNT(*) >= 3
SELECT h.name FROM Friend f JOIN Likes l ON f.student_id = l.student_id JOIN Highschooler h ON l.liked_id = h.ID GROUP BY h.name HAVING COUNT(*) >= 3
SELECT T1.name FROM Friend AS T1 JOIN Likes AS T2 ON T1.student_id = T2.student_id WHERE T1.name = 'Kyle'
SELECT T2.name FROM Friend AS T1 JOIN Likes AS T2 ON T1.student_id = T2.student_id WHERE T1.student_id = (SELECT ID FROM Highschooler WHERE name = 'Kyle')
SELECT COUNT(*) FROM Friend WHERE student_id = (SELECT ID FROM Highschooler WHERE name = 'Kyle')
SELECT COUNT(student_id) FROM Friend WHERE student_id = (SELECT ID FROM Highschooler WHERE name = 'Kyle')
SELECT student_id FROM Friend WHERE student_id NOT IN (SELECT student_id FROM Likes)
SELECT student_id FROM Friend WHERE student_id NOT IN (SELECT student_id FROM Likes)
SELECT name FROM Highschooler WHERE ID NOT IN (SELECT student_id FROM Friend)
SELECT name FROM Highschooler WHERE ID NOT IN (SELECT student_id FROM Friend)
SELECT DISTINCT H.ID FROM Friend AS F1 JOIN Likes AS L1 ON F1.student_id = L1.student_id JOIN Highschooler AS H ON L1.liked_id = H.ID WHERE F1.friend_id IS NOT NULL AND H.ID NOT IN (SELECT H2.ID FROM Friend AS F2 WHERE F2.student_id = L1.student_id)
SELECT student_id FROM Friend WHERE student_id IN (SELECT student_id FROM Likes) AND student_id IN (SELECT student_id FROM Highschooler)
SELECT T1.name FROM Friend AS T1 JOIN Likes AS T2 ON T1.student_id = T2.student_id WHERE T1.friend_id IN (SELECT T2.student_id FROM Likes AS T2 WHERE T2.liked_id IN (SELECT T1.student_id FROM Friend AS T1 WHERE T1.student_id != T2.student_id))
SELECT h.name FROM Friend f1 JOIN Highschooler h1 ON f1.student_id = h1.ID JOIN Likes l1 ON f1.student_id = l1.student_id JOIN Highschooler h2 ON l1.liked_id = h2.ID WHERE h1.grade = h2.grade AND h1.name = h2.name
SELECT student_id, COUNT(*) FROM Likes GROUP BY student_id
SELECT student_id, COUNT(*) AS likes_count FROM Likes GROUP BY student_id
SELECT h.name, COUNT(l.liked_id) AS num_likes FROM Friend f JOIN Likes l ON f.student_id = l.student_id JOIN Highschooler h ON l.liked_id = h.ID GROUP BY h.name
SELECT h.name, COUNT(l.liked_id) AS num_likes FROM Friend f JOIN Likes l ON f.student_id = l.student_id JOIN Highschooler h ON l.liked_id = h.ID GROUP BY h.name
SELECT T1.name FROM Likes AS T1 JOIN Highschooler AS T2 ON T1.student_id = T2.ID GROUP BY T1.student_id ORDER BY count(*) DESC LIMIT 1
SELECT name FROM Friend WHERE student_id = (SELECT student_id FROM Likes GROUP BY student_id ORDER BY count(*) DESC LIMIT 1)
SELECT T1.name FROM Friend AS T1 JOIN Likes AS T2 ON T1.student_id = T2.student_id GROUP BY T1.student_id HAVING count(*) >= 2
SELECT T1.name FROM Friend AS T1 JOIN Likes AS T2 ON T1.student_id = T2.student_id WHERE T2.liked_id IN (SELECT liked_id FROM Likes WHERE liked_id IN (SELECT liked_id FROM Likes WHERE liked_id IN (SELECT liked_id FROM Likes WHERE liked_id IN (SELECT liked_id FROM Likes WHERE liked_id IN (SELECT liked_id FROM Likes WHERE liked_id IN (SELECT liked_id FROM Likes WHERE liked_id IN (SELECT liked_id FROM Likes WHERE liked_id IN (SELECT liked_id FROM Likes WHERE liked_id IN (SELECT liked_id FROM Likes WHERE liked_id IN (SELECT liked_id FROM Likes WHERE liked_id IN (SELECT liked_id FROM Likes WHERE liked_id IN (SELECT liked_id FROM Likes WHERE liked_id IN (SELECT liked_id FROM Likes WHERE liked_id IN (SELECT liked_id FROM Likes WHERE liked_id IN (SELECT liked_id FROM Likes WHERE liked_id IN (SELECT liked_id FROM Likes WHERE liked_id IN (SELECT liked_id FROM Likes WHERE liked_id IN (SELECT liked_id FROM Likes WHERE liked_id IN (SELECT liked_id FROM Likes WHERE liked_id IN (SELECT liked_id FROM Likes WHERE liked_id IN (SELECT liked_id FROM Likes WHERE liked_id IN (SELECT liked_id FROM Likes WHERE liked_id IN (SELECT liked_id FROM
SELECT T1.name FROM Friend AS T1 JOIN Likes AS T2 ON T1.student_id = T2.student_id JOIN Highschooler AS T3 ON T2.liked_id = T3.ID WHERE T3.grade > 5 AND T1.friend_id IN (SELECT student_id FROM Friend GROUP BY student_id HAVING count(*) >= 2)
SELECT h.name FROM Friend f JOIN Highschooler h ON f.student_id = h.ID WHERE h.grade > 5 AND COUNT(f.friend_id) >= 2
SELECT COUNT(*) FROM Likes WHERE student_id = (SELECT ID FROM Highschooler WHERE name = 'Kyle')
SELECT COUNT(*) FROM Likes WHERE student_id = (SELECT ID FROM Highschooler WHERE name = 'Kyle')
SELECT AVG(grade) FROM Friend WHERE student_id IN (SELECT student_id FROM Likes)
SELECT AVG(grade) FROM Friend WHERE student_id IN (SELECT student_id FROM Likes)
SELECT MIN(grade) FROM Highschooler WHERE ID NOT IN (SELECT student_id FROM Friend)
SELECT grade FROM Highschooler WHERE ID NOT IN (SELECT student_id FROM Friend)
SELECT DISTINCT T2.state FROM Owners AS T1 JOIN Professionals AS T2 ON T1.owner_id = T2.owner_id
SELECT DISTINCT T2.state FROM Owners AS T1 JOIN Professionals AS T2 ON T1.owner_id = T2.owner_id
SELECT AVG(age) FROM Dogs WHERE dog_id IN (SELECT dog_id FROM Treatments)
SELECT AVG(age) FROM Dogs WHERE dog_id IN (SELECT dog_id FROM Treatments)
SELECT T1.professional_id, T1.last_name, T1.cell_number FROM Professionals AS T1 JOIN Dogs AS T2 ON T1.professional_id = T2.professional_id JOIN Treatment_Types AS T3 ON T2.dog_id = T3.dog_id WHERE T1.state = 'Indiana' OR T3.treatment_type_code IN ('Dog Breeder', 'Dog Breeder', 'Dog Breeder', 'Dog Breeder', 'Dog Breeder', 'Dog Breeder', 'Dog Breeder', 'Dog Breeder', 'Dog Breeder', 'Dog Breeder', 'Dog Breeder', 'Dog Breeder', 'Dog Breeder', 'Dog Breeder', 'Dog Breeder', 'Dog Breeder', 'Dog Breeder', 'Dog Breeder', 'Dog Breeder', 'Dog Breeder', 'Dog Breeder', 'Dog Breeder', 'Dog Breeder', 'Dog Breeder', 'Dog Breeder', 'Dog Breeder', 'Dog Breeder', 'Dog Breeder', 'Dog Breeder', 'Dog Breeder', 'Dog Breeder', 'Dog Breeder', 'Dog Breeder', 'Dog Breeder', 'Dog Breeder', 'Dog Breeder
SELECT T2.first_name, T2.last_name, T2.cell_number FROM Professionals AS T1 JOIN Dogs AS T2 ON T1.professional_id = T2.professional_id WHERE T1.state = 'Indiana' OR T2.age > 2
SELECT T1.name FROM Dogs AS T1 JOIN Treatments AS T2 ON T1.dog_id = T2.dog_id WHERE T2.cost_of_treatment > 1000
SELECT T1.name FROM Dogs AS T1 JOIN Treatment_Types AS T2 ON T1.dog_id = T2.dog_id WHERE T1.owner_id = (SELECT owner_id FROM Owners WHERE abandoned_yn = 'N' AND date_adopted IS NOT NULL) GROUP BY T1.dog_id HAVING SUM(T2.cost_of_treatment) > 1000
SELECT first_name FROM Owners WHERE first_name NOT IN (SELECT first_name FROM Dogs) UNION SELECT first_name FROM Professionals WHERE first_name NOT IN (SELECT first_name FROM Dogs)
SELECT first_name FROM Owners WHERE first_name NOT IN (SELECT first_name FROM Dogs) UNION SELECT first_name FROM Professionals WHERE first_name NOT IN (SELECT first_name FROM Dogs)
SELECT T2.professional_id, T2.role_code, T2.email_address FROM Dogs AS T1 JOIN Treatment_Types AS T2 ON T1.dog_id = T2.dog_id WHERE T2.treatment_type_code IS NULL
SELECT T2.professional_id, T2.first_name, T2.last_name, T2.email_address FROM Professionals AS T1 JOIN Treatments AS T2 ON T1.professional_id = T2.professional_id WHERE T2.dog_id IS NULL
SELECT owner_id, first_name, last_name FROM Owners GROUP BY owner_id ORDER BY COUNT(*) DESC LIMIT 1
SELECT owner_id, first_name, last_name FROM Owners WHERE owner_id = (SELECT owner_id FROM Dogs GROUP BY owner_id ORDER BY COUNT(*) DESC LIMIT 1)
SELECT T2.professional_id, T2.role_code, T2.first_name FROM Professionals AS T1 JOIN Treatments AS T2 ON T1.professional_id = T2.professional_id GROUP BY T1.professional_id HAVING COUNT(T2.treatment_id) >= 2
SELECT T2.professional_id, T2.role_code, T2.first_name FROM Professionals AS T1 JOIN Treatments AS T2 ON T1.professional_id = T2.professional_id GROUP BY T1.professional_id, T1.role_code, T1.first_name HAVING COUNT(T2.treatment_id) >= 2
SELECT breed_name FROM Breeds WHERE breed_code IN ( SELECT breed_code FROM Dogs GROUP BY breed_code ORDER BY COUNT(*) DESC LIMIT 1 )
SELECT breed_name FROM Dogs GROUP BY breed_code ORDER BY count(*) DESC LIMIT 1
SELECT owner_id, last_name FROM Owners WHERE owner_id IN ( SELECT owner_id FROM Dogs GROUP BY owner_id ORDER BY SUM(Treatment_Types.cost_of_treatment) DESC LIMIT 1 )
SELECT owner_id, last_name FROM Owners WHERE owner_id IN ( SELECT owner_id FROM Dogs GROUP BY owner_id ORDER BY SUM(Treatment_Types.cost_of_treatment) DESC LIMIT 1 )
SELECT T2.treatment_type_description FROM Treatments AS T1 JOIN Treatment_Types AS T2 ON T1.treatment_type_code = T2.treatment_type_code GROUP BY T2.treatment_type_code ORDER BY SUM(T1.cost_of_treatment) ASC LIMIT 1
SELECT T2.treatment_type_description FROM Treatments AS T1 JOIN Treatment_Types AS T2 ON T1.treatment_type_code = T2.treatment_type_code GROUP BY T2.treatment_type_code ORDER BY SUM(T1.cost_of_treatment) ASC LIMIT 1
SELECT owner_id, zip_code FROM Owners WHERE owner_id IN ( SELECT owner_id FROM Dogs GROUP BY owner_id ORDER BY SUM(Treatment_Types.cost_of_treatment) DESC LIMIT 1 )
SELECT owner_id, zip_code FROM Owners WHERE owner_id IN ( SELECT owner_id FROM Dogs GROUP BY owner_id ORDER BY SUM(T1.weight * T2.price) DESC LIMIT 1 )
SELECT T2.professional_id, T2.cell_number FROM Treatments AS T1 JOIN Professionals AS T2 ON T1.professional_id = T2.professional_id GROUP BY T2.professional_id HAVING COUNT(T1.treatment_type_code) >= 2
SELECT T2.first_name, T2.last_name, T2.cell_number FROM Professionals AS T1 JOIN Treatments AS T2 ON T1.professional_id = T2.professional_id GROUP BY T1.professional_id HAVING COUNT(T2.treatment_type_code) > 1
SELECT T1.first_name, T1.last_name FROM Professionals AS T1 JOIN Treatments AS T2 ON T1.professional_id = T2.professional_id WHERE T2.cost_of_treatment < (SELECT AVG(cost_of_treatment) FROM Treatments)
SELECT T1.first_name, T1.last_name FROM Professionals AS T1 JOIN Treatments AS T2 ON T1.professional_id = T2.professional_id WHERE T2.cost_of_treatment < (SELECT AVG(cost_of_treatment) FROM Treatments) GROUP BY T1.professional_id
SELECT T1.date_of_treatment, T2.first_name, T2.last_name FROM Treatments AS T1 JOIN Professionals AS T2 ON T1.professional_id = T2.professional_id
SELECT T1.date_of_treatment, T2.first_name FROM Treatments AS T1 JOIN Professionals AS T2 ON T1.professional_id = T2.professional_id
SELECT T2.cost_of_treatment, T2.treatment_type_description FROM Treatments AS T1 JOIN Treatment_Types AS T2 ON T1.treatment_type_code = T2.treatment_type_code
SELECT T1.cost_of_treatment, T2.treatment_type_description FROM Treatments AS T1 JOIN Treatment_Types AS T2 ON T1.treatment_type_code = T2.treatment_type_code
SELECT T1.first_name, T1.last_name, T2.size_description FROM Owners AS T1 JOIN Dogs AS T2 ON T1.owner_id = T2.owner_id
SELECT T1.first_name, T1.last_name, T2.size_description FROM Owners AS T1 JOIN Dogs AS T2 ON T1.owner_id = T2.owner_id
SELECT T1.first_name, T2.name FROM Owners AS T1 JOIN Dogs AS T2 ON T1.owner_id = T2.owner_id
SELECT T1.first_name, T2.name FROM Owners AS T1 JOIN Dogs AS T2 ON T1.owner_id = T2.owner_id
SELECT name, date_of_treatment FROM Dogs WHERE breed_code = (SELECT breed_code FROM Breeds ORDER BY count(*) DESC LIMIT 1) ORDER BY date_of_treatment ASC
SELECT d.name, t.date_of_treatment FROM Dogs d JOIN Treatment_Types t ON d.dog_id = t.dog_id GROUP BY d.dog_id ORDER BY COUNT(*) DESC LIMIT 1
SELECT T1.first_name, T1.name FROM Owners AS T1 JOIN Dogs AS T2 ON T1.owner_id = T2.owner_id WHERE T2.state = 'Virginia'
SELECT T1.first_name, T2.name FROM Owners AS T1 JOIN Dogs AS T2 ON T1.owner_id = T2.owner_id WHERE T1.state = 'Virginia'
SELECT T1.arrived_date, T1.departed_date FROM Dogs AS T1 JOIN Treatments AS T2 ON T1.dog_id = T2.dog_id WHERE T2.treatment_type_code = 'Treatment'
SELECT T1.arrived_date, T1.departed_date FROM Dogs AS T1 JOIN Treatments AS T2 ON T1.dog_id = T2.dog_id WHERE T2.treatment_type_code = 'Treatment'
SELECT last_name FROM Owners WHERE owner_id = (SELECT owner_id FROM Dogs ORDER BY age ASC LIMIT 1)
SELECT T2.last_name FROM Owners AS T1 JOIN Dogs AS T2 ON T1.owner_id = T2.owner_id ORDER BY T2.age ASC LIMIT 1
SELECT email_address FROM Professionals WHERE state IN ('Hawaii', 'Wisconsin')
SELECT email_address FROM Professionals WHERE state IN ('Hawaii', 'Wisconsin')
SELECT date_arrived, date_adopted FROM Dogs
SELECT date_arrived, date_adopted FROM Dogs
SELECT COUNT(*) FROM Treatments
SELECT COUNT(dog_id) FROM Treatments
SELECT COUNT(DISTINCT professional_id) FROM Treatments WHERE dog_id IN ( SELECT dog_id FROM Dogs WHERE abandoned_yn = 'Y' )
SELECT COUNT(DISTINCT professional_id) FROM Treatments
SELECT T2.role_code, T2.first_name, T2.last_name, T2.street, T2.city, T2.state FROM Professionals AS T1 JOIN Owners AS T2 ON T1.owner_id = T2.owner_id WHERE T2.city LIKE '%West%'
SELECT T2.role_code, T2.street, T2.city, T2.state FROM Professionals AS T1 JOIN Owners AS T2 ON T1.owner_id = T2.owner_id WHERE T2.city LIKE '%West%'
SELECT T1.first_name, T1.last_name, T1.email_address FROM Owners AS T1 JOIN Owners AS T2 ON T1.owner_id = T2.owner_id WHERE T2.state LIKE '%North%'
SELECT first_name, last_name, email_address FROM Owners WHERE state LIKE '%North%'
SELECT COUNT(*) FROM Dogs WHERE age < (SELECT AVG(age) FROM Dogs)
SELECT COUNT(*) FROM Dogs WHERE age < (SELECT AVG(age) FROM Dogs)
SELECT T2.cost_of_treatment FROM Treatments AS T1 JOIN Treatment_Types AS T2 ON T1.treatment_type_code = T2.treatment_type_code ORDER BY T1.date_of_treatment DESC LIMIT 1
SELECT T2.cost_of_treatment FROM Treatments AS T1 JOIN Treatment_Types AS T2 ON T1.treatment_type_code = T2.treatment_type_code ORDER BY T1.date_of_treatment DESC LIMIT 1
SELECT COUNT(dog_id) FROM Dogs WHERE abandoned_yn = 'N'
SELECT COUNT(*) FROM Dogs WHERE dog_id NOT IN (SELECT dog_id FROM Treatments)
SELECT COUNT(owner_id) FROM Owners WHERE abandoned_yn = 'N'
SELECT COUNT(owner_id) FROM Owners WHERE owner_id NOT IN (SELECT owner_id FROM Dogs)
SELECT COUNT(DISTINCT professional_id) FROM Dogs WHERE abandoned_yn = 'N' AND dog_id NOT IN (SELECT dog_id FROM Treatments)
SELECT COUNT(T1.professional_id) FROM Professionals AS T1 INNER JOIN Treatments AS T2 ON T1.professional_id = T2.professional_id WHERE T2.dog_id IS NULL
SELECT T1.name, T1.age, T1.weight FROM Dogs AS T1 WHERE T1.abandoned_yn = 1
SELECT T1.name, T1.age, T1.weight FROM Dogs AS T1 WHERE T1.abandoned_yn = '1'
SELECT AVG(age) FROM Dogs
SELECT AVG(age) FROM Dogs
SELECT age FROM Dogs ORDER BY age ASC LIMIT 1
SELECT age FROM Dogs ORDER BY age ASC LIMIT 1
SELECT charge_type, charge_amount FROM Charges
SELECT charge_type, charge_amount FROM Charges
SELECT MAX(charge_amount) FROM Charges
SELECT charge_amount FROM Charges ORDER BY charge_amount DESC LIMIT 1
SELECT email_address, cell_number, home_phone FROM Professionals
SELECT email_address, cell_number, home_phone FROM Professionals
SELECT breed_type, size_type FROM Breeds UNION SELECT size_type, breed_type FROM Sizes
SELECT DISTINCT breed_type, size_type FROM Dogs
SELECT T1.first_name, T1.last_name, T2.treatment_type_description FROM Professionals AS T1 JOIN Treatments AS T2 ON T1.professional_id = T2.professional_id
SELECT T1.first_name, T1.last_name, T2.treatment_type_description FROM Professionals AS T1 JOIN Treatments AS T2 ON T1.professional_id = T2.professional_id
SELECT COUNT(*) FROM singer
SELECT count(*) FROM singer
SELECT Name FROM singer ORDER BY Net_Worth_Millions ASC
SELECT Name FROM singer ORDER BY Net_Worth_Millions ASC
SELECT Birth_Year, Citizenship FROM singer
SELECT Birth_Year, Citizenship FROM singer
SELECT Name FROM singer WHERE Citizenship != "France"
SELECT Name FROM singer WHERE Citizenship != 'French'
SELECT Name FROM singer WHERE Birth_Year = 1948 OR Birth_Year = 1949
SELECT Name FROM singer WHERE Birth_Year = 1948 OR Birth_Year = 1949
SELECT Name FROM singer WHERE Singer_ID = (SELECT Singer_ID FROM singer ORDER BY Net_Worth_Millions DESC LIMIT 1)
SELECT Name FROM singer WHERE Net_Worth_Millions = (SELECT MAX(Net_Worth_Millions) FROM singer)
SELECT Citizenship, COUNT(*) AS Singer_Count FROM singer GROUP BY Citizenship
SELECT Citizenship, COUNT(*) AS Singer_Count FROM singer GROUP BY Citizenship
SELECT Citizenship FROM singer GROUP BY Citizenship ORDER BY COUNT(*) DESC LIMIT 1
SELECT Citizenship FROM singer GROUP BY Citizenship ORDER BY COUNT(*) DESC LIMIT 1
SELECT Citizenship, MAX(Net_Worth_Millions) FROM singer GROUP BY Citizenship
SELECT Citizenship, MAX(Net_Worth_Millions) FROM singer GROUP BY Citizenship
SELECT T1.Title, T2.Name FROM singer AS T1 JOIN song AS T2 ON T1.Singer_ID = T2.Singer_ID
SELECT Title, Name FROM song
SELECT DISTINCT Name FROM singer WHERE Singer_ID IN ( SELECT Singer_ID FROM song WHERE Sales > 300000 )
SELECT Name FROM singer WHERE Singer_ID IN (SELECT Singer_ID FROM song WHERE Sales > 300000)
SELECT Name FROM singer WHERE Singer_ID IN (SELECT Singer_ID FROM song GROUP BY Singer_ID HAVING COUNT(*) > 1)
SELECT Name FROM singer WHERE Singer_ID IN (SELECT Singer_ID FROM song GROUP BY Singer_ID HAVING COUNT(*) > 1)
SELECT Name, SUM(Sales) AS Total_Sales FROM singer JOIN song ON singer.Singer_ID = song.Singer_ID GROUP BY Name
SELECT s.Name, SUM(s.Sales) AS Total_Sales FROM singer s JOIN song s ON s.Singer_ID = s.Singer_ID GROUP BY s.Name
SELECT Name FROM singer WHERE Singer_ID NOT IN (SELECT Singer_ID FROM song)
SELECT Name FROM singer WHERE Singer_ID NOT IN (SELECT Singer_ID FROM song)
SELECT Citizenship FROM singer WHERE Singer_ID IN ( SELECT Singer_ID FROM singer WHERE Birth_Year < 1945 INTERSECT SELECT Singer_ID FROM singer WHERE Birth_Year > 1955 )
SELECT Citizenship FROM singer WHERE Singer_ID IN ( SELECT Singer_ID FROM singer WHERE Birth_Year < 1945 INTERSECT SELECT Singer_ID FROM singer WHERE Birth_Year > 1955 )
SELECT COUNT(feature_id) FROM Other_Available_Features
SELECT feature_type_name FROM Other_Available_Features WHERE feature_name = 'AirCon'
SELECT property_type_description FROM Properties WHERE property_type_code = 'your_property_type_code'
SELECT property_name FROM Properties WHERE property_type_code IN ( SELECT property_type_code FROM Properties WHERE room_count > 1 ) AND property_type_code IN ( SELECT property_type_code FROM Other_Available_Features WHERE feature_type_code IN ( SELECT feature_type_code FROM Other_Property_Features WHERE feature_type_code IN ( SELECT feature_type_code FROM Ref_Feature_Types WHERE feature_type_name = 'House' ) AND feature_type_code IN ( SELECT feature_type_code FROM Ref_Feature_Types WHERE feature_type_name = 'Apartment' ) ) )

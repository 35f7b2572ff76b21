/** Colombian names, surnames and places for the demo office. */
export const FEMALE_NAMES = [
  'María', 'Luz Dary', 'Ana', 'Carmen', 'Gloria', 'Martha', 'Sandra', 'Claudia', 'Diana', 'Paola', 'Yolanda',
  'Blanca', 'Rosa', 'Luz Marina', 'Adriana', 'Marcela', 'Natalia', 'Jasbleidy', 'Yenny', 'Liliana', 'Patricia',
  'Esperanza', 'Fernanda', 'Valentina', 'Daniela', 'Camila', 'Laura', 'Alejandra', 'Andrea', 'Carolina',
  'Mónica', 'Ángela', 'Nubia', 'Mercedes', 'Olga', 'Lucía', 'Beatriz', 'Inés', 'Dora', 'Yesenia',
] as const;

export const MALE_NAMES = [
  'José', 'Luis', 'Carlos', 'Juan', 'Jorge', 'Pedro', 'William', 'Ferney', 'Jairo', 'Édgar', 'Hernán',
  'Álvaro', 'Óscar', 'Fabio', 'Gustavo', 'Héctor', 'Jesús', 'Manuel', 'Rafael', 'Ricardo', 'Andrés',
  'Camilo', 'Sebastián', 'Santiago', 'Julián', 'Mauricio', 'Diego', 'Fernando', 'Orlando', 'Arley',
  'Yesid', 'Wilson', 'Nelson', 'Germán', 'Humberto', 'Rubén', 'Efraín', 'Tomás', 'Iván', 'Darío',
] as const;

export const FEMALE_SECOND_NAMES = ['Isabel', 'Cristina', 'Patricia', 'Elena', 'Fernanda', 'Alejandra', 'del Pilar', 'Eugenia', 'Teresa'] as const;
export const MALE_SECOND_NAMES = ['Antonio', 'Alberto', 'Eduardo', 'Enrique', 'Fernando', 'Andrés', 'David', 'Felipe', 'Alejandro'] as const;

export const SURNAMES = [
  'Rodríguez', 'Gómez', 'González', 'Martínez', 'García', 'López', 'Hernández', 'Sánchez', 'Ramírez',
  'Pérez', 'Díaz', 'Muñoz', 'Rojas', 'Moreno', 'Jiménez', 'Vargas', 'Castro', 'Gutiérrez', 'Álvarez',
  'Ruiz', 'Ortiz', 'Suárez', 'Torres', 'Romero', 'Castaño', 'Núñez', 'Ospina', 'Valencia', 'Cárdenas',
  'Quintero', 'Zapata', 'Mejía', 'Peña', 'Bermúdez', 'Restrepo', 'Salazar', 'Cruz', 'Arango', 'Chávez',
  'Bahos', 'Plaza', 'Santos', 'Melo', 'Trujillo', 'Cuéllar', 'Perdomo', 'Losada', 'Polanía', 'Ibáñez',
  'Montealegre', 'Artunduaga', 'Cabrera', 'Guzmán', 'Vanegas', 'Ordóñez', 'Calderón', 'Murcia', 'Yepes',
] as const;

export const COMPANY_NAMES = [
  'Tienda La Esperanza', 'Droguería San Jorge', 'Panadería El Trigal', 'Restaurante Sabor Caqueteño',
  'Ferretería El Tornillo', 'Hotel Amazonas Plaza', 'Supermercado Surtimax del Sur', 'Lavadero Los Andes',
  'Distribuidora Caquetá', 'Colegio Nuestra Señora', 'Estación de Servicio La Florida', 'Café Internet Conexión',
] as const;

export const ZONES = [
  {
    name: 'FLORENCIA',
    municipality: 'Florencia, Caquetá',
    share: 0.8,
    neighborhoods: [
      'Centro', 'Juan XXIII', 'La Estrella', 'Siete de Agosto', 'Las Malvinas', 'El Torasso', 'Los Pinos',
      'La Consolata', 'Versalles', 'Villa Mónica', 'El Raicero', 'Abbas Turbay', 'Brisas del Hacha',
      'La Libertad', 'Ciudadela Siglo XXI', 'Nueva Colombia', 'Santo Domingo', 'Las Palmeras',
    ],
  },
  {
    name: 'MORELIA',
    municipality: 'Morelia, Caquetá',
    share: 0.1,
    neighborhoods: ['Centro', 'El Progreso', 'San Luis', 'La Paz'],
  },
  {
    name: 'LA MONTAÑITA',
    municipality: 'La Montañita, Caquetá',
    share: 0.1,
    neighborhoods: ['Centro', 'Buenos Aires', 'El Triunfo', 'Villa Nueva'],
  },
] as const;

export const STREET_TYPES = ['Calle', 'Carrera', 'Diagonal', 'Transversal', 'Avenida'] as const;
export const METER_BRANDS = ['Elster', 'Itron', 'Sensus', 'Zenner', 'Kent'] as const;
export const BANKS = ['Banco de Bogotá', 'Bancolombia', 'Banco Agrario', 'Davivienda', 'Efecty', 'Su Red'] as const;
